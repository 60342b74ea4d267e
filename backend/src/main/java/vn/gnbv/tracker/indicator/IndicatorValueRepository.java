package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.gnbv.tracker.ingest.BulkTable;

/** The indicator_value table: its entities through Panache, and its set-based statements beside them. */
@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepository<IndicatorValue> {
    /**
     * Bulk loads (the upload engine's statements are built from this): the staging columns in the order
     * {@link IndicatorValueDataset} writes them, the natural key as the unique index has it (V060), and the history of
     * a replaced value as the single-write audit records it.
     */
    static final BulkTable BULK = new BulkTable(
            "indicator_value",
            """
            indicator_id bigint not null, unit_id bigint not null, period text not null, period_start date not null,
            period_end date not null, kind text not null, category text, value numeric not null, note text""",
            List.of("indicator_id", "unit_id", "period", "kind", "coalesce(%s.category, '')"),
            List.of("value", "note"),
            // Text, not numeric equality: 64.90 and 64.9 are different reports of the same number.
            "(t.value::text, t.note) is distinct from (s.value::text, s.note)",
            "value = s.value, note = s.note",
            "indicator_id, unit_id, period, period_start, period_end, kind, category, value, note",
            new BulkTable.History(
                    "INDICATOR_VALUE",
                    "join indicator i on i.id = j.indicator_id",
                    "concat_ws(' ', i.code, u.code, j.period, j.kind, j.category)",
                    "jsonb_build_object('id', j.id, 'indicatorId', j.indicator_id, 'unitId', j.unit_id,"
                            + " 'period', j.period, 'periodStart', j.period_start, 'periodEnd', j.period_end,"
                            + " 'kind', j.kind, 'category', j.category, 'amount', j.value::text, 'note', j.note,"
                            + " 'version', j.version, 'updatedAt', " + BulkTable.isoTimestamp("j.updated_at") + ")",
                    "jsonb_build_object('amount', j.o_value::text, 'note', j.o_note, 'version', j.o_version,"
                            + " 'updatedAt', " + BulkTable.isoTimestamp("j.o_updated_at") + ")"));
}
