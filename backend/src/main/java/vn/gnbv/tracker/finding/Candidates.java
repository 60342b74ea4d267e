package vn.gnbv.tracker.finding;

/**
 * The temporary table the checks write the findings of one recomputation to, before the engine merges them into
 * {@code finding}. {@code figures} is a JSON array of {dataset, id, role, value, reportId, locator}, ordered, so
 * that its md5 changes exactly when a figure involved or its value does.
 */
public final class Candidates {
    public static final String TABLE = "finding_candidate";

    /** The columns a check inserts, in this order. */
    public static final String COLUMNS = "rule, fingerprint, province_id, unit_id, program_id, indicator_id,"
            + " fiscal_year, period, severity, subject, relation, expected, actual, difference, figures, report_ids";

    static final String CREATE = "create temp table if not exists " + TABLE + " (rule text not null,"
            + " fingerprint text not null, province_id bigint not null, unit_id bigint not null, program_id bigint,"
            + " indicator_id bigint, fiscal_year smallint, period text, severity text not null,"
            + " subject jsonb not null, relation text not null, expected numeric, actual numeric, difference numeric,"
            + " figures jsonb not null, report_ids bigint[] not null) on commit drop";

    private Candidates() {}
}
