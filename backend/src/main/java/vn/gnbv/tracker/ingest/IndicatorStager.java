package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueInput;
import vn.gnbv.tracker.indicator.IndicatorValueService;
import vn.gnbv.tracker.indicator.ValueKind;

/** Indicator-value rows: parsed strictly, checked by the single-write rules of indicator values, staged. */
final class IndicatorStager extends RowStager {
    IndicatorStager(RowSource source, List<String> scope, ReferenceIndex refs) {
        super(Dataset.INDICATOR_VALUES, source.jsonNames(), scope, refs);
    }

    @Override
    String createSql() {
        return """
        create temp table stage_row (row_no bigint not null, indicator_id bigint not null, unit_id bigint not null,
          period text not null, period_start date not null, period_end date not null, kind text not null,
          category text, value numeric not null, note text, province_id bigint not null) on commit drop
        """;
    }

    @Override
    boolean check(RowSource.Row row, RowErrors errors, CopyText out) throws IOException {
        boolean[] bad = {!textOk(errors, row)};
        LocalDate asOf = date(errors, row, "unit_as_of", bad);
        ValueKind kind = kind(errors, row, bad);
        String value = value(row, "value");
        if (value == null) {
            error(errors, row, "value", ViolationCode.MISSING, name("value") + " is required");
            bad[0] = true;
            value = "0";
        }
        ValueInput in = new ValueInput(
                value(row, "indicator"),
                value(row, "unit"),
                asOf,
                value(row, "period"),
                kind,
                value(row, "category"),
                value,
                value(row, "note"));
        IndicatorValueService.Resolved r;
        try {
            r = IndicatorValueService.resolve(in, refs);
        } catch (ApiException e) {
            errors(errors, row, e, f -> "unitAsOf".equals(f) ? "unit_as_of" : f);
            return false;
        }
        if (!inScope(errors, row, r.unit()) || bad[0]) {
            return false;
        }
        out.add(row.number())
                .add(r.ind().id)
                .add(r.unit().id())
                .add(r.period().id())
                .add(r.period().start().toString())
                .add(r.period().end().toString())
                .add(r.kind().name())
                .add(r.category())
                .add(r.amount().toPlainString())
                .add(r.note())
                .add(province(r.unit()));
        out.endRow();
        return true;
    }

    private ValueKind kind(RowErrors errors, RowSource.Row row, boolean[] bad) {
        String k = value(row, "kind");
        if (k == null || k.isBlank()) {
            error(errors, row, "kind", ViolationCode.MISSING, name("kind") + " is required");
        } else {
            try {
                return ValueKind.valueOf(k.strip());
            } catch (IllegalArgumentException e) {
                error(errors, row, "kind", ViolationCode.UNKNOWN_CODE, name("kind") + " has an unknown code: " + k);
            }
        }
        bad[0] = true;
        return ValueKind.ACTUAL;
    }
}
