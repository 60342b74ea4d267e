package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.Text;

/**
 * Which lines a summary counts beyond program, unit, component and years: those of one implementing body (by its
 * key form, so "Trung tâm DVNN " and "trung tâm dvnn" are one body) and of one origin year. Null: not filtered.
 */
record LineFilter(String bodyKey, Integer originYear) {
    static final LineFilter NONE = new LineFilter(null, null);

    static LineFilter of(String implementingBody, Integer originYear) {
        return new LineFilter(Text.key(Text.clean(implementingBody)), originYear);
    }

    /** The SQL condition over funding_line {@code f}, with named parameters bodyKey and originYear. */
    String sql() {
        return (bodyKey == null ? "" : " and f.implementing_body_key = :bodyKey")
                + (originYear == null ? "" : " and f.origin_year = :originYear");
    }

    void bind(jakarta.persistence.Query q) {
        if (bodyKey != null) {
            q.setParameter("bodyKey", bodyKey);
        }
        if (originYear != null) {
            q.setParameter("originYear", originYear);
        }
    }
}
