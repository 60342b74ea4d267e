package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.Text;

/**
 * Which lines a summary counts beyond program, unit, component and years: those of one implementing body (by its
 * key form, so "Trung tâm DVNN " and "trung tâm dvnn" are one body), of one origin year, and of one report — or,
 * without a report, the current line of each key. Null: not filtered.
 */
record LineFilter(String bodyKey, Integer originYear, Long report) {
    static LineFilter of(String implementingBody, Integer originYear, Long report) {
        return new LineFilter(Text.key(Text.clean(implementingBody)), originYear, report);
    }

    /** Counts the current line of each key, with no other filter. */
    boolean currentOnly() {
        return report == null && bodyKey == null && originYear == null;
    }

    /**
     * The SQL condition over funding_line {@code f}, with named parameters bodyKey, originYear and report: the lines
     * of the named report, else the current line of each key (V071), so a key two reports state counts once.
     */
    String sql() {
        return (report == null ? " and f.current" : " and f.report_id = :report")
                + (bodyKey == null ? "" : " and f.implementing_body_key = :bodyKey")
                + (originYear == null ? "" : " and f.origin_year = :originYear");
    }

    void bind(jakarta.persistence.Query q) {
        if (report != null) {
            q.setParameter("report", report);
        }
        if (bodyKey != null) {
            q.setParameter("bodyKey", bodyKey);
        }
        if (originYear != null) {
            q.setParameter("originYear", originYear);
        }
    }
}
