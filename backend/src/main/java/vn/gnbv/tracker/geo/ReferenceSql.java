package vn.gnbv.tracker.geo;

import java.util.List;

/** The set-based statements of {@link ReferenceDataLoader}. Old units end 2025-06-30; new ones start 2025-07-01. */
final class ReferenceSql {
  private ReferenceSql() {}

  static final String CREATE_STAGING = """
      create temporary table stg_unit (era text, level text, code text, name text, unit_type text, parent_code text)
        on commit drop;
      create temporary table stg_succession (old_code text, new_code text, new_level text, kind text)
        on commit drop;
      """;

  private static final String OLD = "date '2000-01-01', date '2025-06-30'";
  private static final String NEW = "date '2025-07-01', null::date";

  private static String insertLevel(String era, String level, String parentLevel, String validity) {
    String parent = parentLevel == null ? "null::bigint"
        : "(select p.id from admin_unit p where p.level = '" + parentLevel + "' and p.code = s.parent_code and "
            + (era.equals("OLD") ? "p.valid_to = date '2025-06-30'" : "p.valid_from = date '2025-07-01'") + ")";
    return "insert into admin_unit (code, name, unit_type, level, parent_id, valid_from, valid_to) "
        + "select s.code, s.name, s.unit_type, s.level, " + parent + ", " + validity
        + " from stg_unit s where s.era = '" + era + "' and s.level = '" + level + "' order by s.code";
  }

  static final List<String> MERGE_STAGED = List.of(
      // Parents before children: the path trigger reads the parent's path.
      insertLevel("OLD", "PROVINCE", null, OLD),
      insertLevel("OLD", "DISTRICT", "PROVINCE", OLD),
      insertLevel("OLD", "COMMUNE", "DISTRICT", OLD),
      insertLevel("NEW", "PROVINCE", null, NEW),
      insertLevel("NEW", "COMMUNE", "PROVINCE", NEW),
      // An old id is a province (2 digits), district (3: island districts became special zones) or commune (5).
      """
      insert into unit_succession (predecessor_id, successor_id, effective_date, kind)
      select o.id, n.id, date '2025-07-01', s.kind
        from stg_succession s
        join admin_unit o on o.code = s.old_code and o.valid_to = date '2025-06-30'
         and o.level = case length(s.old_code) when 2 then 'PROVINCE' when 3 then 'DISTRICT' else 'COMMUNE' end
        join admin_unit n on n.code = s.new_code and n.level = s.new_level and n.valid_from = date '2025-07-01'
      """,
      "analyze admin_unit",
      "analyze unit_succession");
}
