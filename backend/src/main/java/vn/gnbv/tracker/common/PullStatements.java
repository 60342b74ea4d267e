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
     * and a fingerprint of its rows (id, version and current flag: what changes when a row's cells would).
     */
    public String fingerprint(SqlWhere w, Map<Long, String> provinces, int limit) {
        String a = alias;
        String rows = ProvincePaging.select(
                a + ".id, " + a + ".version, " + a + ".current", from, w, a, provinces, 1, limit + 1);
        return "select count(*), max(id) filter (where rn <= " + limit + "),"
                + " md5(coalesce(string_agg(id || '.' || version || '.' || current, ',' order by id)"
                + " filter (where rn <= " + limit + "), ''))"
                + " from (select id, version, current, row_number() over (order by id) rn from (" + rows + ") r) x";
    }
}
