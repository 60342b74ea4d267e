package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingLineInput;
import vn.gnbv.tracker.funding.FundingLineRules;

/** Funding-line rows: parsed strictly, checked by {@link FundingLineRules} (the single-write rules), staged. */
final class FundingStager extends RowStager {
    private final RowSource source;

    FundingStager(RowSource source, List<String> scope, ReferenceIndex refs) {
        super(Dataset.FUNDING_LINES, source.jsonNames(), scope, refs);
        this.source = source;
    }

    @Override
    String createSql() {
        return """
        create temp table stage_row (row_no bigint not null, program_id bigint not null, component_id bigint,
          unit_id bigint not null, fiscal_year smallint, source text not null, capital_type text not null,
          measure text not null, implementing_body text, implementing_body_key text, origin_year smallint,
          amount_vnd bigint not null, reference text, note text, province_id bigint not null) on commit drop
        """;
    }

    @Override
    boolean check(RowSource.Row row, RowErrors errors, CopyText out) throws IOException {
        boolean[] bad = {!textOk(errors, row)};
        Integer year = year(errors, row, "year", bad);
        Integer origin = year(errors, row, "origin_year", bad);
        LocalDate asOf = date(errors, row, "unit_as_of", bad);
        String amountColumn = value(row, "amount_million_vnd") != null
                        || (value(row, "amount_vnd") == null && source.hasColumn("amount_million_vnd"))
                ? "amount_million_vnd"
                : "amount_vnd";
        Long amount = amount(errors, row, bad);
        FundingLineInput in = new FundingLineInput(
                value(row, "program"),
                value(row, "component"),
                value(row, "unit"),
                asOf,
                year,
                value(row, "source"),
                value(row, "capital_type"),
                value(row, "measure"),
                value(row, "implementing_body"),
                origin,
                amount == null ? (bad[0] ? 0L : null) : amount,
                value(row, "reference"),
                value(row, "note"));
        FundingLineRules.Resolved r;
        try {
            r = FundingLineRules.resolve(in, refs);
        } catch (ApiException e) {
            errors(errors, row, e, f -> switch (f) {
                case "fiscalYear" -> "year";
                case "amountVnd" -> amountColumn;
                case "capitalType" -> "capital_type";
                case "implementingBody" -> "implementing_body";
                case "originYear" -> "origin_year";
                case "unitAsOf" -> "unit_as_of";
                default -> f;
            });
            return false;
        }
        if (!inScope(errors, row, r.unit()) || bad[0]) {
            return false;
        }
        out.add(row.number())
                .add(r.program().id())
                .add(r.component() == null ? null : r.component().id())
                .add(r.unit().id())
                .add(r.fiscalYear())
                .add(r.source().name())
                .add(r.capitalType().name())
                .add(r.measure().name())
                .add(r.implementingBody())
                .add(r.implementingBodyKey())
                .add(r.originYear())
                .add(r.amountVnd())
                .add(r.reference())
                .add(r.note())
                .add(province(r.unit()));
        out.endRow();
        return true;
    }

    /** Exactly one of amount_vnd and amount_million_vnd, as exact whole VND. */
    private Long amount(RowErrors errors, RowSource.Row row, boolean[] bad) {
        String vnd = value(row, "amount_vnd");
        String million = value(row, "amount_million_vnd");
        if (vnd != null && million != null) {
            error(
                    errors,
                    row,
                    "amount_million_vnd",
                    ViolationCode.AMOUNT_CONFLICT,
                    "Give amount_vnd or amount_million_vnd, not" + " both");
            bad[0] = true;
            return null;
        }
        if (vnd == null && million == null) {
            return null;
        }
        String column = vnd != null ? "amount_vnd" : "amount_million_vnd";
        String s = (vnd != null ? vnd : million).strip();
        // The one number rule (common/Decimals), shared with single writes.
        ViolationCode problem = vnd != null ? Decimals.vnd(s) : Decimals.millionVnd(s);
        if (problem == null) {
            return vnd != null ? Decimals.vndValue(s) : Decimals.millionToVnd(s);
        }
        error(
                errors,
                row,
                column,
                problem,
                switch (problem) {
                    case NEGATIVE_AMOUNT -> name(column) + " must be 0 or more";
                    case TOO_PRECISE -> name(column) + " has more than 6 decimals: a fraction of a đồng";
                    case AMOUNT_OUT_OF_RANGE -> name(column) + " is larger than any amount the system stores";
                    default ->
                        name(column) + " must be "
                                + (vnd != null ? "a whole number of đồng, digits only" : "a plain decimal like 253.69")
                                + ", not '" + s + "'";
                });
        bad[0] = true;
        return null;
    }
}
