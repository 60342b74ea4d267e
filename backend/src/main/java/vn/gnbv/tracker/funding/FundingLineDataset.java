package vn.gnbv.tracker.funding;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.finding.DatasetFindings;
import vn.gnbv.tracker.geo.UnitIndex;
import vn.gnbv.tracker.ingest.BulkTable;
import vn.gnbv.tracker.ingest.Dataset;
import vn.gnbv.tracker.ingest.UploadRow;
import vn.gnbv.tracker.program.ProgramIndex;
import vn.gnbv.tracker.report.BatchReports;
import vn.gnbv.tracker.report.FigureRefs;

/**
 * Funding lines as a bulk upload takes them ({@code /uploads/funding-lines}): the canonical CSV columns, each row
 * parsed strictly and checked by {@link FundingLineRules} (the single-write rules), then staged for
 * {@link FundingLineBulk#TABLE}.
 */
@Singleton
public class FundingLineDataset extends Dataset {
    public static final String PATH = "funding-lines";

    public FundingLineDataset() {
        super(
                PATH,
                "A funding line",
                List.of(
                        Column.required("program"),
                        Column.required("component"),
                        Column.required("unit"),
                        Column.required("year"),
                        Column.required("source"),
                        Column.required("capital_type"),
                        Column.required("measure"),
                        Column.optional("amount_vnd"),
                        Column.optional("amount_million_vnd"),
                        Column.optional("implementing_body"),
                        Column.optional("origin_year"),
                        Column.optional("unit_as_of"),
                        Column.optional("reference"),
                        Column.optional("note"),
                        Column.optional("report"),
                        Column.optional("locator")));
    }

    /** A funding file carries exactly one amount column. */
    @Override
    public Optional<String> headerProblem(Set<String> present) {
        if (present.contains("amount_vnd") == present.contains("amount_million_vnd")) {
            return Optional.of("The header must have exactly one of the columns amount_vnd and amount_million_vnd");
        }
        return Optional.empty();
    }

    @Inject
    DatasetFindings finder;

    @Override
    public Optional<Findings> findings() {
        return Optional.of(finder.of(PATH));
    }

    @Override
    public BulkTable table() {
        return FundingLineBulk.TABLE;
    }

    @Override
    public RowRules rules(Connection c, Batch batch) throws SQLException {
        BatchReports reports = new BatchReports(c, batch);
        UnitIndex units = UnitIndex.load(c);
        ProgramIndex programs = ProgramIndex.load(c);
        FigureRefs refs = FigureRefs.batch(programs, units, reports);
        return row -> check(row, refs, reports);
    }

    private static void check(UploadRow row, FigureRefs refs, BatchReports reports) throws IOException {
        Long report = reports.ofRow(row);
        Integer year = row.year("year");
        Integer origin = row.year("origin_year");
        LocalDate asOf = row.date("unit_as_of");
        String amountColumn = row.value("amount_million_vnd") != null
                        || (row.value("amount_vnd") == null && row.hasColumn("amount_million_vnd"))
                ? "amount_million_vnd"
                : "amount_vnd";
        Long amount = amount(row);
        FundingLineInput in = new FundingLineInput(
                row.value("program"),
                row.value("component"),
                row.value("unit"),
                asOf,
                year,
                row.value("source"),
                row.value("capital_type"),
                row.value("measure"),
                row.value("implementing_body"),
                origin,
                // An amount refused already is not reported missing as well.
                amount == null ? (row.refused() ? 0L : null) : amount,
                row.value("reference"),
                row.value("note"),
                report,
                row.value("locator"));
        FundingLineRules.Resolved r;
        try {
            r = FundingLineRules.resolve(in, refs);
        } catch (ApiException e) {
            row.errors(e, f -> switch (f) {
                case "fiscalYear" -> "year";
                case "amountVnd" -> amountColumn;
                case "capitalType" -> "capital_type";
                case "implementingBody" -> "implementing_body";
                case "originYear" -> "origin_year";
                case "unitAsOf" -> "unit_as_of";
                case "reportId" -> "report";
                default -> f;
            });
            return;
        }
        var out = row.stage(r.unit());
        if (out == null) {
            return;
        }
        // In the order of FundingLineBulk.TABLE's staging columns.
        out.add(r.program().id())
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
                .add(r.report() == null ? null : r.report().id())
                .add(r.locator());
    }

    /** Exactly one of amount_vnd and amount_million_vnd, as exact whole VND; null when absent or refused. */
    private static Long amount(UploadRow row) {
        String vnd = row.value("amount_vnd");
        String million = row.value("amount_million_vnd");
        if (vnd != null && million != null) {
            row.error(
                    "amount_million_vnd",
                    ViolationCode.AMOUNT_CONFLICT,
                    "Give amount_vnd or amount_million_vnd, not" + " both");
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
        String name = row.name(column);
        row.error(
                column,
                problem,
                switch (problem) {
                    case NEGATIVE_AMOUNT -> name + " must be 0 or more";
                    case TOO_PRECISE -> name + " has more than 6 decimals: a fraction of a đồng";
                    case AMOUNT_OUT_OF_RANGE -> name + " is larger than any amount the system stores";
                    default ->
                        name + " must be "
                                + (vnd != null ? "a whole number of đồng, digits only" : "a plain decimal like 253.69")
                                + ", not '" + s + "'";
                });
        return null;
    }
}
