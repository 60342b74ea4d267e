package vn.gnbv.tracker.ingest;

import java.util.List;

/**
 * How a dataset's table takes a staged batch (part of the {@link Dataset} SPI). The engine stages valid rows into a
 * temporary {@code stage_row (row_no, province_id, <stageColumns>)}, copies the existing rows the batch's keys name
 * into {@code stage_old (row_no, id, <replaced>, version, updated_at)}, and builds its statements from this
 * description ({@link MergeSql}): duplicate keys, existing keys, the dry-run plan, and the merge that updates, inserts
 * and writes one history row per replaced row in one statement. Expressions over a row use the aliases the
 * statements give: {@code s} for the staged row, {@code t} for the stored (or, in {@code changed}, the old) row.
 *
 * @param table the table loaded
 * @param stageColumns the staging columns after row_no and province_id, as DDL, in the order the row rules write them
 * @param naturalKey the key expressions, exactly as the table's unique index has them; {@code %s} is the alias
 *     (a bare column name gets the alias prefixed)
 * @param replaced the columns an upload replaces on an existing key
 * @param changed whether staged row {@code s} changes stored row {@code t} (over the replaced columns)
 * @param updateSet the SET list of the update from {@code s}
 * @param insertColumns the columns inserted, named alike in the table and the staging table
 * @param sourceColumn the column naming the document a row is stated in (mode=replace makes that document's rows
 *     exactly a batch's), or null when the table has none
 * @param history the audit trail's view of a replaced row
 */
public record BulkTable(
        String table,
        String stageColumns,
        List<String> naturalKey,
        List<String> replaced,
        String changed,
        String updateSet,
        String insertColumns,
        String sourceColumn,
        History history) {

    /**
     * An UPDATE event per replaced row: expressions over {@code j}, the updated row with the old replaced values as
     * {@code o_<column>}, {@code o_version} and {@code o_updated_at}, joined to its unit as {@code u}.
     *
     * @param resourceType the audit resource type: {@code FUNDING_LINE}
     * @param joins joins that {@code resourceKey} needs, over {@code j}
     * @param resourceKey the readable key of the row
     * @param after the row's state after the update, as jsonb (as the single-write audit writes it)
     * @param beforePatch what the state was before, as jsonb merged over {@code after}
     */
    public record History(String resourceType, String joins, String resourceKey, String after, String beforePatch) {}

    /** ISO-8601 UTC text of a timestamptz expression, as the audit trail's JSON has it. */
    public static String isoTimestamp(String expression) {
        return "to_char(" + expression + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
