package vn.gnbv.tracker.geo;

import java.util.List;

/** The set-based statements of {@link ReferenceDataLoader}. Old units end 2025-06-30; new ones start 2025-07-01. */
final class ReferenceSql {
    private ReferenceSql() {}

    static final String CREATE_STAGING = """
      create temporary table stg_unit (
        era text, level text, code text, name text, unit_type text, parent_code text) on commit drop;
      create temporary table stg_succession (old_code text, new_code text, new_level text, kind text)
        on commit drop;
      """;

    static final String COPY_UNITS = "copy stg_unit (era, level, code, name, unit_type, parent_code) from stdin";
    static final String COPY_SUCCESSIONS = "copy stg_succession (old_code, new_code, new_level, kind) from stdin";

    /**
     * Urban/rural where the unit type alone says it: phường and thị trấn are urban, xã is rural. Districts, provinces
     * and the 2025 special zones (đặc khu) mix both, so they stay null rather than guessed.
     */
    static String urbanRuralOf(String unitType) {
        return "case " + unitType
                + " when 'Phường' then 'URBAN' when 'Thị trấn' then 'URBAN' when 'Xã' then 'RURAL' end";
    }

    private static final String OLD = "date '2000-01-01', date '2025-06-30'";
    private static final String NEW = "date '2025-07-01', null::date";

    private static String insertLevel(String era, String level, String parentLevel, String validity) {
        // A hash join on the parent, not a correlated lookup per row: ~10k communes resolve in one pass.
        String join = parentLevel == null
                ? ""
                : " join admin_unit p on p.level = '" + parentLevel + "' and p.code = s.parent_code and "
                        + (era.equals("OLD") ? "p.valid_to = date '2025-06-30'" : "p.valid_from = date '2025-07-01'");
        return "insert into admin_unit (code, name, unit_type, level, parent_id, valid_from, valid_to, urban_rural) "
                + "select s.code, s.name, s.unit_type, s.level, " + (parentLevel == null ? "null::bigint" : "p.id")
                + ", "
                + validity + ", " + urbanRuralOf("s.unit_type")
                + " from stg_unit s" + join + " where s.era = '" + era + "' and s.level = '" + level
                + "' order by s.code";
    }

    static final List<String> MERGE_STAGED = List.of(
            "analyze stg_unit",
            "analyze stg_succession",
            // Parents before children: the path trigger reads the parent's path.
            insertLevel("OLD", "PROVINCE", null, OLD),
            insertLevel("OLD", "DISTRICT", "PROVINCE", OLD),
            "analyze admin_unit",
            insertLevel("OLD", "COMMUNE", "DISTRICT", OLD),
            insertLevel("NEW", "PROVINCE", null, NEW),
            insertLevel("NEW", "COMMUNE", "PROVINCE", NEW),
            "analyze admin_unit",
            // An old id is a province (2 digits), district (3: island districts became special zones) or commune (5).
            """
      insert into unit_succession (predecessor_id, successor_id, effective_date, kind)
      select o.id, n.id, date '2025-07-01', s.kind
        from stg_succession s
        join admin_unit o on o.code = s.old_code and o.valid_to = date '2025-06-30'
         and o.level = case length(s.old_code) when 2 then 'PROVINCE' when 3 then 'DISTRICT' else 'COMMUNE' end
        join admin_unit n on n.code = s.new_code and n.level = s.new_level and n.valid_from = date '2025-07-01'
      """,
            "analyze unit_succession");

    /**
     * Program attributes "where known". The reference files carry none; these are what the seed reports state.
     * Each row names the unit by level, code and expected name (a changed reference file must not mark the wrong
     * unit), valid on 2024-01-01 (the reports are from 2023–2024).
     * <ul>
     *   <li>109 Huyện Phong Thổ (Lai Châu) is a poor district: seeds/002_e78e7f344878a655.txt ("Phong Thổ là huyện
     *       nghèo").</li>
     *   <li>220 Huyện Sơn Động (Bắc Giang) is a poor district: seeds/001_037b987c52beeac6.txt ("huyện nghèo Sơn
     *       Động").</li>
     *   <li>058 Thành phố Bắc Kạn is not: seeds/000_e9400ad9d40e2846.txt ("không phải huyện nghèo").</li>
     * </ul>
     * No seed names an especially difficult (ĐBKK) commune, so especially_difficult stays null everywhere.
     */
    static final List<String> UNIT_ATTRIBUTES = List.of(
            """
      update admin_unit u set poor_district = a.poor, version = u.version + 1, updated_at = now()
        from (values ('DISTRICT', '109', 'huyen phong tho', true),
                     ('DISTRICT', '220', 'huyen son dong', true),
                     ('DISTRICT', '058', 'thanh pho bac kan', false)) a(level, code, name_folded, poor)
       where u.level = a.level and u.code = a.code and u.name_folded = a.name_folded
         and u.valid_from <= date '2024-01-01' and (u.valid_to is null or u.valid_to >= date '2024-01-01')
         and u.poor_district is distinct from a.poor
      """,
            // Fresh loads set this on insert; this catches databases loaded before the attribute existed.
            "update admin_unit set urban_rural = " + urbanRuralOf("unit_type")
                    + ", version = version + 1, updated_at = now()"
                    + " where urban_rural is null and " + urbanRuralOf("unit_type") + " is not null");
}
