package vn.gnbv.tracker.ingest;

import java.util.List;
import vn.gnbv.tracker.audit.HistoryTable;

/**
 * How a dataset's table takes a staged batch (part of the {@link Dataset} SPI). The engine stages valid rows into a
 * temporary {@code stage_row (row_no, province_id, <stageColumns>)}, copies the existing rows the batch's keys name
 * into {@code stage_old (row_no, id, <replaced>, version, updated_at)}, and builds its statements from this
 * description ({@link MergeSql}): duplicate keys, existing keys, the dry-run plan, and the merge that updates, inserts
 * and writes the before-image of every replaced row to the table's history in one statement. Expressions over a row
 * use the aliases the statements give: {@code s} for the staged row, {@code t} for the stored (or, in {@code changed},
 * the old) row.
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
 * @param history the table's typed history (its columns include every {@code replaced} one, {@code version} and
 *     {@code updated_at}), which keeps the before-image of each row an upload replaces or deletes
 * @param rivalKey for a table whose figures of one key stated in different sources compete for the column
 *     {@code current} (kept by the table's statement triggers, V071): the natural key without its source part, as
 *     the table's key index has it; null when rows do not compete. An upload that finds no competitor for any of
 *     its keys leaves {@code current} as it is (a key's only row counts) instead of having the triggers rank them.
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
        HistoryTable history,
        List<String> rivalKey) {}
