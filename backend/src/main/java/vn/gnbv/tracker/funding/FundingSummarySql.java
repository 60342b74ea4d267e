package vn.gnbv.tracker.funding;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL fragments of the funding summaries. Aggregation is one GROUP BY with a FILTER per measure; the derived figures
 * are computed by the same statement, so no figure is ever assembled row by row in Java.
 */
final class FundingSummarySql {
    private FundingSummarySql() {}

    static final int FIGURE_COLUMNS = 14;

    private static final List<String> MEASURES = Arrays.stream(FundingMeasure.values())
            .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
            .toList();

    /** The component and its descendants, within the program. */
    static final String COMPONENT_SUBTREE = """
      f.component_id in (with recursive d as (
          select id from program_component where program_id = :program and code = :component
          union all select c.id from program_component c join d on c.parent_id = d.id)
        select id from d)""";

    /**
     * One sum per measure (zero when there is none) plus whether any CARRIED_IN / CARRIED_OUT / ALLOCATED / DISBURSED line exists, over the
     * rows of {@code l} matching {@code cond}; the carry-over figures are null when their line is missing.
     */
    static String sums(String cond) {
        String sums = MEASURES.stream()
                .map(m -> "coalesce(sum(l.amount_vnd) filter (where " + cond + " and l.measure = '"
                        + m.toUpperCase(java.util.Locale.ROOT) + "'), 0) as " + m)
                .collect(Collectors.joining(",\n  "));
        return sums + ",\n  count(*) filter (where " + cond + " and l.measure = 'CARRIED_IN') > 0 as has_carried_in"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'CARRIED_OUT') > 0 as has_carried_out"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'ALLOCATED') > 0 as has_allocated"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'DISBURSED') > 0 as has_disbursed";
    }

    /** The {@link #FIGURE_COLUMNS} figure columns of aggregate {@code a}, given the next year's carry-in. */
    static String figures(String a, String nextIn, String hasNextIn) {
        String available = "(" + a + ".carried_in + " + a + ".assigned)";
        String measures = MEASURES.stream().map(m -> a + "." + m).collect(Collectors.joining(", "));
        return measures + ",\n  " + available
                // A figure derived from a measure the report never stated would be invented: null, not 0 or "all".
                + ",\n  case when " + available + " = 0 or not " + a + ".has_disbursed then null else round("
                + a + ".disbursed / " + available + ", 10) end"
                + ",\n  case when " + a + ".has_allocated then " + a + ".assigned - " + a + ".allocated end"
                + ",\n  case when " + hasNextIn + " then " + nextIn + " end"
                + ",\n  case when " + a + ".has_carried_out and " + hasNextIn + " then " + a + ".carried_out - "
                + nextIn
                + " end";
    }
}
