package vn.gnbv.tracker.localproject;

import java.util.List;
import vn.gnbv.tracker.ingest.BulkTable;

/**
 * local_project as bulk loads take it (the upload engine builds its statements from this): the staging columns in the
 * order {@link LocalProjectDataset} writes them, the natural key as the unique index local_project_natural_key (V072)
 * has it, what an upload replaces on an existing key, the report column mode=replace works on, and the audit trail's
 * view of a replaced or deleted row — the same fields the single-write audit shows.
 */
final class LocalProjectBulk {
    private LocalProjectBulk() {}

    /** Everything but the key: what an upload replaces on an existing key, and compares to find a change. */
    private static final List<String> REPLACED = List.of(
            "approval_reference",
            "start_date",
            "end_date",
            "status",
            "state_budget_vnd",
            "people_counterpart_vnd",
            "other_vnd",
            "households_poor",
            "households_near_poor",
            "households_newly_escaped",
            "households_ethnic_minority",
            "households_other",
            "note",
            "locator");

    /** The single-write audit's field names (the entity's), by column. */
    private static final List<String> FIELDS = List.of(
            "approvalReference",
            "startDate",
            "endDate",
            "status",
            "stateBudgetVnd",
            "peopleCounterpartVnd",
            "otherVnd",
            "householdsPoor",
            "householdsNearPoor",
            "householdsNewlyEscaped",
            "householdsEthnicMinority",
            "householdsOther",
            "note",
            "locator");

    static final BulkTable TABLE = new BulkTable(
            "local_project",
            """
            component_id bigint not null, unit_id bigint not null, name text not null, approval_reference text,
            start_date date, end_date date, status text not null, state_budget_vnd bigint not null,
            people_counterpart_vnd bigint not null, other_vnd bigint not null, households_poor integer not null,
            households_near_poor integer not null, households_newly_escaped integer not null,
            households_ethnic_minority integer not null, households_other integer not null, note text,
            report_id bigint, locator text""",
            List.of("component_id", "unit_id", "name", "coalesce(%s.report_id, 0)"),
            REPLACED,
            "(" + columns("t.") + ") is distinct from (" + columns("s.") + ")",
            String.join(", ", REPLACED.stream().map(c -> c + " = s." + c).toList()),
            "component_id, unit_id, name, report_id, " + columns(""),
            "report_id",
            new BulkTable.History(
                    "LOCAL_PROJECT",
                    "",
                    "concat_ws(' ', u.code, j.name)",
                    "jsonb_build_object('id', j.id, 'componentId', j.component_id, 'unitId', j.unit_id, 'name', j.name"
                            + pairs("j.") + ", 'reportId', j.report_id, 'version', j.version, 'createdAt', "
                            + BulkTable.isoTimestamp("j.created_at") + ", 'updatedAt', "
                            + BulkTable.isoTimestamp("j.updated_at") + ")",
                    "jsonb_build_object(" + pairs("j.o_").substring(2) + ", 'version', j.o_version, 'updatedAt', "
                            + BulkTable.isoTimestamp("j.o_updated_at") + ")"));

    private static String columns(String alias) {
        return String.join(", ", REPLACED.stream().map(c -> alias + c).toList());
    }

    /** {@code , 'approvalReference', j.approval_reference, …} over the replaced columns. */
    private static String pairs(String prefix) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < REPLACED.size(); i++) {
            out.append(", '").append(FIELDS.get(i)).append("', ").append(prefix).append(REPLACED.get(i));
        }
        return out.toString();
    }
}
