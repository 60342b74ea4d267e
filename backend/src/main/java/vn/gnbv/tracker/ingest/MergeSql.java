package vn.gnbv.tracker.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.audit.AuditWriter;

/**
 * The set-based SQL of one dataset over the staging table {@code stage_row}: duplicate keys in the batch, keys that
 * already exist, what a run would do, and the merge itself, which writes the rows and their audit events in one
 * statement. Keys are compared through the same coalesced expressions as the unique indexes (V060), so joins can
 * hash a million rows or use the index for ten.
 */
record MergeSql(
        String table,
        String resourceType,
        List<String> key,
        String insertColumns,
        String changed,
        String updateSet,
        String afterJson,
        String beforePatch,
        List<String> replaced,
        String codeJoins,
        String resourceKey) {

    private static final String TS = "to_char(%s at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    static final MergeSql FUNDING = new MergeSql(
            "funding_line",
            "FUNDING_LINE",
            List.of(
                    "program_id",
                    "coalesce(%s.component_id, 0)",
                    "unit_id",
                    "coalesce(%s.fiscal_year, 0)",
                    "source",
                    "capital_type",
                    "measure",
                    "coalesce(%s.implementing_body_key, '')",
                    "coalesce(%s.origin_year, 0)"),
            "program_id, component_id, unit_id, fiscal_year, source, capital_type, measure, implementing_body,"
                    + " implementing_body_key, origin_year, amount_vnd, reference, note",
            "(t.amount_vnd, t.reference, t.note) is distinct from (s.amount_vnd, s.reference, s.note)",
            "amount_vnd = s.amount_vnd, reference = s.reference, note = s.note",
            "jsonb_build_object('id', j.id, 'programId', j.program_id, 'componentId', j.component_id, 'unitId', j.unit_id,"
                    + " 'fiscalYear', j.fiscal_year, 'source', j.source, 'capitalType', j.capital_type, 'measure', j.measure,"
                    + " 'implementingBody', j.implementing_body, 'implementingBodyKey', j.implementing_body_key,"
                    + " 'originYear', j.origin_year, 'amountVnd', j.amount_vnd, 'reference', j.reference, 'note', j.note,"
                    + " 'version', j.version, 'createdAt', " + TS.formatted("j.created_at") + ", 'updatedAt', "
                    + TS.formatted("j.updated_at") + ")",
            "jsonb_build_object('amountVnd', j.o_amount_vnd, 'reference', j.o_reference, 'note', j.o_note,"
                    + " 'version', j.o_version, 'updatedAt', " + TS.formatted("j.o_updated_at") + ")",
            List.of("amount_vnd", "reference", "note"),
            "join program p on p.id = j.program_id left join program_component c on c.id = j.component_id",
            "concat_ws(' ', p.code || coalesce('/' || c.code, ''), u.code, j.fiscal_year, j.source, j.capital_type,"
                    + " j.measure, nullif(j.implementing_body, ''))");

    static final MergeSql INDICATOR = new MergeSql(
            "indicator_value",
            "INDICATOR_VALUE",
            List.of("indicator_id", "unit_id", "period", "kind", "coalesce(%s.category, '')"),
            "indicator_id, unit_id, period, period_start, period_end, kind, category, value, note",
            // Text, not numeric equality: 64.90 and 64.9 are different reports of the same number.
            "(t.value::text, t.note) is distinct from (s.value::text, s.note)",
            "value = s.value, note = s.note",
            "jsonb_build_object('id', j.id, 'indicatorId', j.indicator_id, 'unitId', j.unit_id, 'period', j.period,"
                    + " 'periodStart', j.period_start, 'periodEnd', j.period_end, 'kind', j.kind, 'category', j.category,"
                    + " 'amount', j.value::text, 'note', j.note, 'version', j.version, 'updatedAt', "
                    + TS.formatted("j.updated_at") + ")",
            "jsonb_build_object('amount', j.o_value::text, 'note', j.o_note, 'version', j.o_version, 'updatedAt', "
                    + TS.formatted("j.o_updated_at") + ")",
            List.of("value", "note"),
            "join indicator i on i.id = j.indicator_id",
            "concat_ws(' ', i.code, u.code, j.period, j.kind, j.category)");

    static MergeSql of(Dataset d) {
        return d == Dataset.FUNDING_LINES ? FUNDING : INDICATOR;
    }

    private List<String> keyParts(String alias) {
        List<String> out = new ArrayList<>();
        for (String k : key) {
            out.add(k.contains("%s") ? k.formatted(alias) : alias + "." + k);
        }
        return out;
    }

    private String keyOf(String alias) {
        return String.join(", ", keyParts(alias));
    }

    private String join() {
        List<String> t = keyParts("t");
        List<String> s = keyParts("s");
        List<String> eq = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            eq.add(t.get(i) + " = " + s.get(i));
        }
        return String.join(" and ", eq);
    }

    /**
     * Groups of rows sharing a key: their row numbers, ascending. Counting first and collecting rows only for the
     * keys that repeat keeps the common case (no duplicates) to one hash aggregate.
     */
    String duplicates() {
        List<String> parts = keyParts("s");
        List<String> select = new ArrayList<>();
        List<String> on = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            select.add(parts.get(i) + " as k" + i);
            on.add(parts.get(i) + " = d.k" + i);
            groups.add(String.valueOf(i + 1));
        }
        return "with d as materialized (select " + String.join(", ", select) + " from stage_row s group by "
                + String.join(", ", groups) + " having count(*) > 1) select array_agg(s.row_no order by s.row_no)"
                + " from stage_row s join d on " + String.join(" and ", on) + " group by d.*";
    }

    /**
     * The existing rows the batch's keys name, with the columns an upload replaces: a table of its own, analysed, so
     * every later statement is planned on real numbers (a CTE's estimate can turn a million-row join into a loop).
     */
    String existingRows() {
        List<String> cols = new ArrayList<>();
        for (String c : replaced) {
            cols.add("t." + c);
        }
        return "create temp table stage_old on commit drop as select s.row_no, t.id, " + String.join(", ", cols)
                + ", t.version, t.updated_at from stage_row s join " + table + " t on " + join();
    }

    /** Rows whose key exists already, with the existing id. */
    static String existing() {
        return "select row_no, id from stage_old order by row_no";
    }

    /** What a run would do: inserted, updated, unchanged. */
    String plan() {
        return "select (select count(*) from stage_row) - (select count(*) from stage_old), count(*) filter (where "
                + changed + "), count(*) filter (where not (" + changed + ")) from stage_old t join stage_row s"
                + " on s.row_no = t.row_no";
    }

    /** Serialises uploads per province (ascending, so two uploads never deadlock). */
    static String lockProvinces() {
        return "select count(pg_advisory_xact_lock(4, province_id::int)) from (select distinct province_id from stage_row"
                + " order by 1) p";
    }

    /**
     * Writes every staged row and one UPDATE audit event per replaced row (created rows are listed by the upload's
     * own event, V061); answers (inserted, updated, created ids as a multirange). New keys are plain inserts, not
     * INSERT ... ON CONFLICT: the province lock keeps other uploads out, so only a concurrent single-row write can
     * create one of the keys meanwhile, and its unique violation fails the whole batch (409 CONCURRENT_WRITE) rather
     * than every row paying for speculative insertion. Insert-only batches reach here with no existing key.
     * Parameters: actor subject, username, client id, request id ({@link AuditWriter#bindWho}).
     */
    String merge() {
        List<String> old = new ArrayList<>();
        for (String c : replaced) {
            old.add("o." + c + " as o_" + c);
        }
        return "with upd as (update " + table + " t set " + updateSet + ", version = t.version + 1, updated_at = now()"
                + " from stage_old o join stage_row s on s.row_no = o.row_no where t.id = o.id and " + changed
                + " returning t.*, " + String.join(", ", old)
                + ", o.version as o_version, o.updated_at as o_updated_at), "
                + "ins as (insert into " + table + " (" + insertColumns + ") select " + insertColumns
                + " from stage_row s where not exists (select 1 from stage_old o where o.row_no = s.row_no) returning id), "
                + "ev as ("
                + AuditWriter.insertEvents("select 'UPDATE' as operation, '" + resourceType
                        + "' as resource_type, j.id::text as resource_id, " + resourceKey + " as resource_key,"
                        + " j.unit_id, u.path as unit_path, a.after || " + beforePatch + " as before, a.after"
                        + " from upd j join admin_unit u on u.id = j.unit_id " + codeJoins
                        + " cross join lateral (select " + afterJson + " as after) a")
                + ") "
                + "select (select count(*) from ins), (select count(*) from upd),"
                + " (select range_agg(int8range(id, id, '[]')) from ins)::text";
    }
}
