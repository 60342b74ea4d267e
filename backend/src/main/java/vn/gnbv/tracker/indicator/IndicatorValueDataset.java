package vn.gnbv.tracker.indicator;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.finding.DatasetFindings;
import vn.gnbv.tracker.geo.UnitIndex;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueInput;
import vn.gnbv.tracker.ingest.BulkTable;
import vn.gnbv.tracker.ingest.Dataset;
import vn.gnbv.tracker.ingest.UploadRow;
import vn.gnbv.tracker.report.BatchReports;
import vn.gnbv.tracker.report.ReportRef;

/**
 * Indicator values as a bulk upload takes them ({@code /uploads/indicator-values}): the canonical CSV columns, each
 * row parsed strictly and checked by the single-write rules of {@link IndicatorValueService#resolve}, then staged for
 * {@link IndicatorValueBulk#TABLE}.
 */
@Singleton
public class IndicatorValueDataset extends Dataset {
    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorCategoryRepository categories;

    public static final String PATH = "indicator-values";

    public IndicatorValueDataset() {
        super(
                PATH,
                "An indicator value",
                List.of(
                        Column.required("indicator"),
                        Column.required("unit"),
                        Column.required("period"),
                        Column.required("kind"),
                        Column.required("value"),
                        Column.optional("category"),
                        Column.optional("unit_as_of"),
                        Column.optional("note"),
                        Column.optional("report"),
                        Column.optional("locator"),
                        Column.optional("comparator")));
    }

    @Inject
    DatasetFindings finder;

    @Override
    public Optional<Findings> findings() {
        return Optional.of(finder.of(PATH));
    }

    @Override
    public BulkTable table() {
        return IndicatorValueBulk.TABLE;
    }

    @Override
    public RowRules rules(Connection c, Batch batch) throws SQLException {
        BatchReports reports = new BatchReports(c, batch);
        UnitIndex units = UnitIndex.load(c);
        Map<String, Indicator> byCode = indicators.byCode(c);
        Map<Long, java.util.Set<String>> codes = categories.codes(c);
        IndicatorValueService.Refs refs = new IndicatorValueService.Refs() {
            public Indicator indicator(String code) {
                return code == null ? null : byCode.get(code);
            }

            public UnitLookup.Unit unit(String field, String code, LocalDate at) {
                return units.require(field, code, at);
            }

            public ReportRef report(String field, long id) {
                return reports.require(field, id);
            }

            public java.util.Set<String> categories(Indicator ind) {
                return codes.getOrDefault(ind.id, java.util.Set.of());
            }
        };
        return row -> check(row, refs, reports);
    }

    private static void check(UploadRow row, IndicatorValueService.Refs refs, BatchReports reports) throws IOException {
        Long report = reports.ofRow(row);
        LocalDate asOf = row.date("unit_as_of");
        ValueKind kind = kind(row);
        String value = row.value("value");
        if (value == null) {
            row.error("value", ViolationCode.MISSING, row.name("value") + " is required");
            value = "0";
        }
        ValueInput in = new ValueInput(
                row.value("indicator"),
                row.value("unit"),
                asOf,
                row.value("period"),
                kind,
                row.value("category"),
                value,
                row.value("note"),
                report,
                row.value("locator"),
                row.value("comparator"));
        IndicatorValueService.Resolved r;
        try {
            r = IndicatorValueService.resolve(in, refs);
        } catch (ApiException e) {
            row.errors(e, f -> switch (f) {
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
        // In the order of IndicatorValueBulk.TABLE's staging columns.
        out.add(r.ind().id)
                .add(r.unit().id())
                .add(r.period().id())
                .add(r.period().start().toString())
                .add(r.period().end().toString())
                .add(r.kind().name())
                .add(r.category())
                .add(r.amount().toPlainString())
                .add(r.note())
                .add(r.report() == null ? null : r.report().id())
                .add(r.locator())
                .add(r.comparator() == null ? null : r.comparator().name());
    }

    /** The kind, or ACTUAL standing in for one missing or unknown (reported) so the other rules still run. */
    private static ValueKind kind(UploadRow row) {
        String k = row.value("kind");
        if (k == null || k.isBlank()) {
            row.error("kind", ViolationCode.MISSING, row.name("kind") + " is required");
        } else {
            try {
                return ValueKind.valueOf(k.strip());
            } catch (IllegalArgumentException e) {
                row.error("kind", ViolationCode.UNKNOWN_CODE, row.name("kind") + " has an unknown code: " + k);
            }
        }
        return ValueKind.ACTUAL;
    }
}
