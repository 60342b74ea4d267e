package vn.gnbv.tracker.indicator;

import java.util.List;
import java.util.stream.Stream;
import vn.gnbv.tracker.audit.HistoryTable;
import vn.gnbv.tracker.ingest.BulkTable;

/**
 * indicator_value as bulk loads take it (the upload engine builds its statements from this) and its history, as
 * funding/FundingLineBulk for funding lines.
 */
final class IndicatorValueBulk {
    private IndicatorValueBulk() {}

    /**
     * indicator_value_history (V075): a value's before-image as the audit trail shows it, the same fields and
     * spelling as the single-write audit of {@link IndicatorValue} (the value is "amount", as the entity names it).
     */
    static final HistoryTable HISTORY = new HistoryTable(
            "INDICATOR_VALUE",
            "indicator-values",
            "indicator_value_history",
            "indicator_value",
            List.of(
                    "id",
                    "indicator_id",
                    "unit_id",
                    "period",
                    "period_start",
                    "period_end",
                    "kind",
                    "category",
                    "value",
                    "note",
                    "report_id",
                    "locator",
                    "comparator",
                    "version",
                    "created_at",
                    "updated_at"),
            "join indicator i on i.id = {r}.indicator_id",
            "concat_ws(' ', i.code, u.code, {r}.period, {r}.kind, {r}.category)",
            "jsonb_build_object('id', {r}.id, 'indicatorId', {r}.indicator_id, 'unitId', {r}.unit_id,"
                    + " 'period', {r}.period, 'periodStart', {r}.period_start, 'periodEnd', {r}.period_end,"
                    + " 'kind', {r}.kind, 'category', {r}.category, 'amount', {r}.value::text, 'note', {r}.note,"
                    + " 'reportId', {r}.report_id, 'locator', {r}.locator, 'comparator', {r}.comparator,"
                    + " 'version', {r}.version, 'updatedAt', "
                    + HistoryTable.isoTimestamp("{r}.updated_at") + ")");

    /** The key without its report (the natural key index's leading columns, V095): the values competing for one place. */
    private static final List<String> RIVAL_KEY =
            List.of("indicator_id", "unit_id", "period", "kind", "coalesce(%s.category, '')");

    /**
     * Bulk loads (the upload engine's statements are built from this): the staging columns in the order
     * {@link IndicatorValueDataset} writes them, the natural key as the unique index has it (V060), and the history of
     * a replaced value as the single-write audit records it.
     */
    static final BulkTable TABLE = new BulkTable(
            "indicator_value",
            """
            indicator_id bigint not null, unit_id bigint not null, period text not null, period_start date not null,
            period_end date not null, kind text not null, category text, value numeric not null, note text,
            report_id bigint, locator text, comparator text""",
            Stream.concat(RIVAL_KEY.stream(), Stream.of("coalesce(%s.report_id, 0)"))
                    .toList(),
            List.of("value", "note", "locator", "comparator"),
            // Text, not numeric equality: 64.90 and 64.9 are different reports of the same number.
            "(t.value::text, t.note, t.locator, t.comparator) is distinct from (s.value::text, s.note, s.locator,"
                    + " s.comparator)",
            "value = s.value, note = s.note, locator = s.locator, comparator = s.comparator",
            "province_id, indicator_id, unit_id, period, period_start, period_end, kind, category, value, note,"
                    + " report_id, locator, comparator",
            "report_id",
            HISTORY,
            RIVAL_KEY);
}
