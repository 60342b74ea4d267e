package vn.gnbv.tracker.localproject;

import java.util.List;
import java.util.stream.Stream;
import vn.gnbv.tracker.audit.HistoryTable;
import vn.gnbv.tracker.ingest.BulkTable;

/**
 * local_project as bulk loads take it (the upload engine builds its statements from this): the staging columns in the
 * order {@link LocalProjectDataset} writes them, the natural key as the unique index local_project_natural_key (V072)
 * has it, what an upload replaces on an existing key, the report column mode=replace works on, and the table's
 * history.
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

    /**
     * local_project_history (V075): a project's before-image as the audit trail shows it, the same fields and
     * spelling as the single-write audit of {@link LocalProject}.
     */
    static final HistoryTable HISTORY = new HistoryTable(
            "LOCAL_PROJECT",
            "local-projects",
            "local_project_history",
            "local_project",
            Stream.of(
                            List.of("id", "component_id", "unit_id", "name"),
                            REPLACED,
                            List.of("report_id", "version", "created_at", "updated_at"))
                    .flatMap(List::stream)
                    .toList(),
            "",
            "concat_ws(' ', u.code, {r}.name)",
            "jsonb_build_object('id', {r}.id, 'componentId', {r}.component_id, 'unitId', {r}.unit_id, 'name', {r}.name"
                    + pairs("{r}.") + ", 'reportId', {r}.report_id, 'version', {r}.version, 'createdAt', "
                    + HistoryTable.isoTimestamp("{r}.created_at") + ", 'updatedAt', "
                    + HistoryTable.isoTimestamp("{r}.updated_at") + ")");

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
            HISTORY,
            null);

    private static String columns(String alias) {
        return String.join(", ", REPLACED.stream().map(c -> alias + c).toList());
    }

    /** {@code , 'approvalReference', r.approval_reference, …} over the replaced columns. */
    private static String pairs(String prefix) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < REPLACED.size(); i++) {
            out.append(", '").append(FIELDS.get(i)).append("', ").append(prefix).append(REPLACED.get(i));
        }
        return out.toString();
    }
}
