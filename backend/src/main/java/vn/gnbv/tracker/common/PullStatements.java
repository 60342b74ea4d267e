package vn.gnbv.tracker.common;

import java.util.Map;

/**
 * The page statements of a pull over one figure table (funding lines, indicator values), in id order through
 * {@link ProvincePaging}: a JSON page for {@link JsonPull}, a CSV page for {@link CsvStream} and the fingerprint a
 * CSV page is announced by before it is streamed.
 *
 * @param alias the figure table's alias in {@code from}
 * @param columns the listing's columns, the row id first
 * @param from the FROM clause with its joins
 * @param csvColumns the upload's CSV columns, as text
 * @param csvWidth how many {@code csvColumns} there are
 */
public record PullStatements(String alias, String columns, String from, String csvColumns, int csvWidth) {
    /** A JSON page: the snapshot's xmin, then the listing's columns, the first {@code rows} by id. */
    public String page(SqlWhere w, Map<Long, String> provinces, int rows) {
        return ProvincePaging.select(JsonPull.xminColumn() + ", " + columns, from, w, alias, provinces, 2, rows);
    }

    /** A CSV page: every row of the where clause (bounded by ids), in id order. */
    public String csv(SqlWhere w, Map<Long, String> provinces) {
        return ProvincePaging.select(csvColumns + ", " + alias + ".id", from, w, alias, provinces, csvWidth + 1, null);
    }

    /**
     * What a CSV page will hold, before it is streamed: how many rows follow (up to limit + 1), the last id of the page
     * and a fingerprint of its rows (id, version and current flag: what changes when a row's cells would). The
     * fingerprint XORs a 64-bit hash of each row's triple, so a change goes unseen only if the changed rows' hashes
     * cancel out (odds of 2^-64); an md5 of the triples as text cost twice as much (0.88 against 0.59 ms a page).
     */
    public String fingerprint(SqlWhere w, Map<Long, String> provinces, int limit) {
        String a = alias;
        String rows = ProvincePaging.select(
                a + ".id, " + a + ".version, " + a + ".current", from, w, a, provinces, 1, limit + 1);
        return "select count(*), max(id) filter (where rn <= " + limit + "),"
                + " bit_xor(hashint8extended(id, version * 2 + current::int)) filter (where rn <= " + limit + ")"
                + " from (select id, version, current, row_number() over (order by id) rn from (" + rows + ") r) x";
    }

    /** A CSV page's weak ETag: its fingerprint (null for no rows) and how many columns it has. */
    public static String csvTag(Object fingerprint, int columns) {
        long f = fingerprint == null ? 0 : ((Number) fingerprint).longValue();
        return "W/\"csv-" + Long.toUnsignedString(f, 36) + "-" + columns + "\"";
    }
}
