package vn.gnbv.tracker.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.audit.HistoryTable;

/**
 * The set-based SQL of one upload over the staging table {@code stage_row}, built from the dataset's
 * {@link BulkTable}: duplicate keys in the batch, keys that already exist, what a run would do, and the merge itself,
 * which writes the rows and the history of the rows it replaces in one statement. Keys are compared through the same
 * expressions as the unique indexes, so joins can hash a million rows or use the index for ten.
 */
final class MergeSql {
    private final BulkTable t;

    private final boolean keepStage;

    /** @param keepStage the staging table outlives the commit (the findings after it name the batch's rows) */
    MergeSql(BulkTable table, boolean keepStage) {
        this.t = table;
        this.keepStage = keepStage;
    }

    /**
     * The staging table, dropped at commit or kept until dropped: the engine's two columns, then the dataset's.
     */
    String createStage() {
        return "create temp table stage_row (row_no bigint not null, province_id bigint not null, "
                + t.stageColumns().strip() + ") on commit " + (keepStage ? "preserve rows" : "drop");
    }

    static String copyStage() {
        return "copy stage_row from stdin";
    }

    /**
     * Whether a batch can go straight into the table ({@link DirectInsert}): the table names its rows' source, and
     * its inserted columns are the province and then the staging columns, so a staged row without its number is a
     * row of the table.
     */
    boolean direct() {
        if (t.sourceColumn() == null) {
            return false;
        }
        List<String> names = new ArrayList<>(List.of("province_id"));
        for (String column : t.stageColumns().split(",")) {
            names.add(column.strip().split("\\s+")[0]);
        }
        return String.join(",", names).equals(t.insertColumns().replaceAll("\\s+", ""));
    }

    /** The batch's rows straight into the table: the inserted columns, in the staging order. */
    String copyDirect() {
        return "copy " + t.table() + " (" + t.insertColumns() + ") from stdin";
    }

    /** Whether the source has rows in the table already. Parameter: the source id. */
    String sourceHasRows() {
        return "select exists (select 1 from " + t.table() + " where " + t.sourceColumn() + " = ?)";
    }

    /**
     * The source's rows (all just loaded) whose key has a row in another source, to be ranked for {@code current};
     * null when rows do not compete. Rivals share the unit, so only the batch's provinces are read. Parameters: the
     * source id twice, the provinces.
     */
    String directRivals() {
        if (t.rivalKey() == null) {
            return null;
        }
        return "create temp table direct_rival on commit drop as select s.id from " + t.table() + " s where s."
                + t.sourceColumn() + " = ? and exists (select 1 from " + t.table() + " t where " + join(t.rivalKey())
                + " and t." + t.sourceColumn() + " is distinct from ? and t.province_id = any(?))";
    }

    /**
     * Touches the rows of {@link #directRivals} without changing them, so the table's statement triggers rank their
     * keys exactly as for any other write (V071's rule stays in one place).
     */
    String rankDirectRivals() {
        return "update " + t.table() + " t set version = t.version from direct_rival r where t.id = r.id";
    }

    /**
     * The source's rows (all just loaded): how many, and their ids as a multirange when they are one run of the
     * sequence (else null: {@link #createdRanges}). Parameter: the source id.
     */
    String createdRun() {
        return "select count(*), case when max(id) - min(id) + 1 = count(*) then int8multirange(int8range(min(id),"
                + " max(id), '[]'))::text end from " + t.table() + " where " + t.sourceColumn() + " = ?";
    }

    /** The source's row ids as a multirange. Parameter: the source id. */
    String createdRanges() {
        return "select range_agg(int8range(id, id, '[]'))::text from " + t.table() + " where " + t.sourceColumn()
                + " = ?";
    }

    private List<String> keyParts(String alias) {
        return parts(t.naturalKey(), alias);
    }

    /** The key that repeats in the batch or in the table: the rival key where rows compete, else the natural key. */
    private List<String> matchKey() {
        return t.rivalKey() != null ? t.rivalKey() : t.naturalKey();
    }

    private static List<String> parts(List<String> key, String alias) {
        List<String> out = new ArrayList<>();
        for (String k : key) {
            out.add(k.contains("%s") ? k.formatted(alias) : alias + "." + k);
        }
        return out;
    }

    private static String join(List<String> key) {
        List<String> stored = parts(key, "t");
        List<String> staged = parts(key, "s");
        List<String> eq = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            eq.add(stored.get(i) + " = " + staged.get(i));
        }
        return String.join(" and ", eq);
    }

    /**
     * The keys that repeat in the batch, as a table of their own (dropped at commit); its row count is how many. Where
     * rows compete for {@code current} these are the rival keys (without the source), a superset of the duplicate
     * keys: rows of one key in two sources are no error but need ranking. Usually none, so the next statement need
     * not run; and when some do, the table is analysed, so the planner knows it is small: estimated from a CTE, it
     * sorted the whole batch for a merge join (4 s of a million rows).
     */
    String duplicateKeys() {
        List<String> parts = parts(matchKey(), "s");
        List<String> select = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            select.add(parts.get(i) + " as k" + i);
            groups.add(String.valueOf(i + 1));
        }
        return "create temp table stage_dup on commit drop as select " + String.join(", ", select)
                + " from stage_row s group by " + String.join(", ", groups) + " having count(*) > 1";
    }

    /** Groups of rows sharing a natural key, among the keys of {@link #duplicateKeys}: their row numbers, ascending. */
    String duplicates() {
        List<String> parts = parts(matchKey(), "s");
        List<String> on = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            on.add(parts.get(i) + " = d.k" + i);
        }
        return "select array_agg(s.row_no order by s.row_no) from stage_row s join stage_dup d on "
                + String.join(" and ", on) + " group by " + String.join(", ", keyParts("s")) + " having count(*) > 1";
    }

    /**
     * The existing rows the batch's keys name, with the columns an upload replaces: a table of its own, analysed, so
     * every later statement is planned on real numbers (a CTE's estimate can turn a million-row join into a loop).
     */
    String existingRows() {
        List<String> cols = new ArrayList<>();
        for (String c : t.replaced()) {
            cols.add("t." + c);
        }
        // Where rows compete, one join on the rival key finds both a staged row's own stored row and its rivals
        // (flagged, then removed by rivals()): a second join would cost as much again.
        String rival =
                t.rivalKey() == null ? "false" : "t." + t.sourceColumn() + " is distinct from s." + t.sourceColumn();
        return "create temp table stage_old on commit drop as select s.row_no, t.id, " + String.join(", ", cols)
                + ", t.version, t.updated_at, " + rival + " as rival from stage_row s join " + t.table() + " t on "
                + join(matchKey());
    }

    /**
     * Removes from {@link #existingRows} the stored rows of the batch's keys in another source (or none), which the
     * upload does not replace but which compete with its rows for {@code current}; answers how many.
     */
    static String rivals() {
        return "delete from stage_old where rival";
    }

    /** Whether two staged rows name one existing row (so repeat a key). */
    static String repeatedExisting() {
        return "select exists (select 1 from stage_old group by id having count(*) > 1)";
    }

    /** Rows whose key exists already, with the existing id. */
    static String existing() {
        return "select row_no, id from stage_old order by row_no";
    }

    /** The batch's rows that state these stored rows (parameter: their ids): stored id, row number. */
    String rowsOf() {
        return "select t.id, s.row_no from " + t.table() + " t join stage_row s on " + join(t.naturalKey())
                + " where t.id = any(?)";
    }

    /** The provinces of the source's stored rows (parameter: the source id). */
    String sourceProvinces() {
        return "select distinct split_part(u.path, '/', 2)::bigint from " + t.table()
                + " t join admin_unit u on u.id = t.unit_id where t." + t.sourceColumn() + " = ?";
    }

    /**
     * Writes every staged row, and the before-image of every replaced row to the table's history (created rows are
     * listed by the upload's own event, V061); answers (inserted, updated, created ids as a multirange). An updated
     * row's columns other than the replaced ones, its version and updated_at did not change, so the before-image is
     * the updated row with those taken from {@code stage_old}. New keys are plain inserts, not INSERT ... ON CONFLICT:
     * the province lock keeps other uploads out, so only a concurrent single-row write can create one of the keys
     * meanwhile, and its unique violation fails the whole batch (409 CONCURRENT_WRITE) rather than every row paying
     * for speculative insertion. Insert-only batches reach here with no existing key. Parameter: the upload's
     * reserved event id ({@link AuditWriter#reserveEvent}). The created ids of one statement are usually one run of
     * the sequence: when as many as their span (ids are unique), that range is the answer without range_agg's sort
     * (1.4 s of a million ids against 0.3 s).
     */
    String merge() {
        HistoryTable h = t.history();
        List<String> old = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String c : h.columns()) {
            boolean changes = t.replaced().contains(c) || c.equals("version") || c.equals("updated_at");
            if (changes) {
                old.add("o." + c + " as o_" + c);
            }
            before.add("j." + (changes ? "o_" : "") + c);
        }
        return "with upd as (update " + t.table() + " t set " + t.updateSet()
                + ", version = t.version + 1, updated_at = now()"
                + " from stage_old o join stage_row s on s.row_no = o.row_no where t.id = o.id and " + t.changed()
                + " returning t.*, " + String.join(", ", old) + "), "
                + "ins as (insert into " + t.table() + " (" + t.insertColumns() + ") select " + t.insertColumns()
                + " from stage_row s where not exists (select 1 from stage_old o where o.row_no = s.row_no) returning id), "
                + "hist as (" + AuditWriter.historyRows(h, "UPDATE", before, "upd j") + ") "
                + "select (select count(*) from ins), (select count(*) from upd),"
                + " (select case when max(id) - min(id) + 1 = count(*) then int8multirange(int8range(min(id), max(id),"
                + " '[]')) else (select range_agg(int8range(id, id, '[]')) from ins) end from ins)::text";
    }

    /**
     * Before {@link #merge} when no key of the batch has a rival in the batch or the table: each key the merge writes
     * has one row, which counts (the column's default, true, for a new one), so the statement triggers of V071 need
     * not rank anything. The transaction-local setting they check makes them return at once (as during their own
     * refresh); {@link #currentByTriggers} turns it off again, so later writes in the transaction are ranked.
     */
    static String currentUnchanged() {
        return "select set_config('gnbv.refreshing', 'on', true)";
    }

    static String currentByTriggers() {
        return "select set_config('gnbv.refreshing', 'off', true)";
    }

    /** The source's stored rows the batch does not name: what mode=replace deletes. Parameter: the source id. */
    private String leftOut() {
        return " from " + t.table() + " t where t." + t.sourceColumn() + " = ?"
                + " and not exists (select 1 from stage_old o where o.id = t.id)";
    }

    /**
     * The source's stored rows whose unit lies outside the caller's subtrees: a replace cannot make the source's
     * figures exactly the file's when it may not touch some of them. Parameters: the source id, the path prefixes.
     */
    String sourceRowsOutside() {
        return "select count(*) from " + t.table() + " t join admin_unit u on u.id = t.unit_id where t."
                + t.sourceColumn() + " = ? and not (u.path like any (?))";
    }

    /** Serialises the uploads of one source, before the province locks. Parameter: the source id. */
    static String lockSource() {
        // One bigint key: a lock space apart from the (4, province) pairs.
        return "select pg_advisory_xact_lock(hashtextextended('replace ' || ?, 0))";
    }

    /**
     * Deletes the source's rows the batch does not name, each with its before-image in the table's history; answers
     * how many. Parameters: the source id, then the upload's reserved event id.
     */
    String deleteLeftOut() {
        HistoryTable h = t.history();
        return "with del as (delete" + leftOut() + " returning t.*), hist as ("
                + AuditWriter.historyRows(h, "DELETE", AuditWriter.columnsOf(h, "del"), "del")
                + ") select count(*) from del";
    }
}
