package vn.gnbv.tracker.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The set-based SQL of one dataset over the staging table {@code stage_row}: duplicate keys in the batch, keys that
 * already exist, what a run would do, and the merge itself, which writes the rows and their audit events in one
 * statement. Keys are compared through the same coalesced expressions as the unique indexes (V060), so joins can
 * hash a million rows or use the index for ten.
 */
record MergeSql(String table, String resourceType, List<String> key, String insertColumns, String changed,
    String updateSet, String afterJson, String beforePatch, String oldColumns, String codeJoins, String resourceKey) {

  private static final String TS = "to_char(%s at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

  static final MergeSql FUNDING = new MergeSql("funding_line", "FUNDING_LINE",
      List.of("program_id", "coalesce(%s.component_id, 0)", "unit_id", "coalesce(%s.fiscal_year, 0)", "source",
          "capital_type", "measure", "coalesce(%s.implementing_body_key, '')", "coalesce(%s.origin_year, 0)"),
      "program_id, component_id, unit_id, fiscal_year, source, capital_type, measure, implementing_body,"
          + " implementing_body_key, origin_year, amount_vnd, reference, note",
      "(t.amount_vnd, t.reference, t.note) is distinct from (s.amount_vnd, s.reference, s.note)",
      "amount_vnd = excluded.amount_vnd, reference = excluded.reference, note = excluded.note",
      "jsonb_build_object('id', j.id, 'programId', j.program_id, 'componentId', j.component_id, 'unitId', j.unit_id,"
          + " 'fiscalYear', j.fiscal_year, 'source', j.source, 'capitalType', j.capital_type, 'measure', j.measure,"
          + " 'implementingBody', j.implementing_body, 'implementingBodyKey', j.implementing_body_key,"
          + " 'originYear', j.origin_year, 'amountVnd', j.amount_vnd, 'reference', j.reference, 'note', j.note,"
          + " 'version', j.version, 'createdAt', " + TS.formatted("j.created_at") + ", 'updatedAt', "
          + TS.formatted("j.updated_at") + ")",
      "jsonb_build_object('amountVnd', o.amount_vnd, 'reference', o.reference, 'note', o.note, 'version', o.version,"
          + " 'updatedAt', " + TS.formatted("o.updated_at") + ")",
      "t.amount_vnd, t.reference, t.note",
      "join program p on p.id = j.program_id left join program_component c on c.id = j.component_id",
      "concat_ws(' ', p.code || coalesce('/' || c.code, ''), u.code, j.fiscal_year, j.source, j.capital_type,"
          + " j.measure, nullif(j.implementing_body, ''))");

  static final MergeSql INDICATOR = new MergeSql("indicator_value", "INDICATOR_VALUE",
      List.of("indicator_id", "unit_id", "period", "kind", "coalesce(%s.category, '')"),
      "indicator_id, unit_id, period, period_start, period_end, kind, category, value, note",
      // Text, not numeric equality: 64.90 and 64.9 are different reports of the same number.
      "(t.value::text, t.note) is distinct from (s.value::text, s.note)",
      "value = excluded.value, note = excluded.note",
      "jsonb_build_object('id', j.id, 'indicatorId', j.indicator_id, 'unitId', j.unit_id, 'period', j.period,"
          + " 'periodStart', j.period_start, 'periodEnd', j.period_end, 'kind', j.kind, 'category', j.category,"
          + " 'amount', j.value::text, 'note', j.note, 'version', j.version, 'updatedAt', "
          + TS.formatted("j.updated_at") + ")",
      "jsonb_build_object('amount', o.value::text, 'note', o.note, 'version', o.version, 'updatedAt', "
          + TS.formatted("o.updated_at") + ")",
      "t.value, t.note",
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

  /** Groups of rows sharing a key: their row numbers, ascending. */
  String duplicates() {
    return "select array_agg(s.row_no order by s.row_no) from stage_row s group by " + keyOf("s")
        + " having count(*) > 1";
  }

  /** Rows whose key exists already, with the existing id. */
  String existing() {
    return "select s.row_no, t.id from stage_row s join " + table + " t on " + join() + " order by s.row_no";
  }

  /** What a run would do: inserted, updated, unchanged. */
  String plan() {
    return "select count(*) filter (where t.id is null), count(*) filter (where t.id is not null and " + changed
        + "), count(*) filter (where t.id is not null and not (" + changed + ")) from stage_row s left join "
        + table + " t on " + join();
  }

  /** Serialises uploads per province (ascending, so two uploads never deadlock). */
  static String lockProvinces() {
    return "select count(pg_advisory_xact_lock(4, province_id::int)) from (select distinct province_id from stage_row"
        + " order by 1) p";
  }

  /**
   * Writes every staged row and one audit event per created or changed row; answers (inserted, updated).
   * Parameters: actor subject, username, client id, request id. Upsert replaces only changed rows; insert-only has
   * no conflict clause, so a key created concurrently fails the whole statement.
   */
  String merge(boolean upsert) {
    List<String> target = new ArrayList<>();
    for (String k : key) {
      target.add(k.contains("%s") ? "(" + k.replace("%s.", "") + ")" : k);
    }
    String conflict = upsert ? " on conflict (" + String.join(", ", target) + ") do update set " + updateSet
        + ", version = t.version + 1, updated_at = now() where " + changed.replace("s.", "excluded.") : "";
    return "with o as materialized (select t.id, " + oldColumns + ", t.version, t.updated_at from stage_row s join "
        + table + " t on " + join() + "), "
        + "up as (insert into " + table + " as t (" + insertColumns + ") select " + insertColumns
        + " from stage_row" + conflict + " returning t.*, (t.xmax = 0) as created), "
        + "ev as (insert into audit_event (actor_subject, actor_username, actor_client_id, operation, resource_type,"
        + " resource_id, resource_key, unit_id, unit_path, before, after, request_id)"
        + " select ?, ?, ?, case when j.created then 'CREATE' else 'UPDATE' end, '" + resourceType + "', j.id::text, "
        + resourceKey + ", j.unit_id, u.path, case when j.created then null else a.after || " + beforePatch
        + " end, a.after, ? from up j join admin_unit u on u.id = j.unit_id " + codeJoins
        + " cross join lateral (select " + afterJson + " as after) a left join o on o.id = j.id) "
        + "select count(*) filter (where created), count(*) filter (where not created) from up";
  }
}
