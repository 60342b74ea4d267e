package vn.gnbv.tracker.indicator;

import vn.gnbv.tracker.common.PullStatements;
import vn.gnbv.tracker.common.SqlWhere;

/** The statements of an indicator-value pull: the listing's filters, its CSV page, its changes since a sync token. */
final class IndicatorValuePullSql {
    /** The canonical CSV columns of an upload (IndicatorValueDataset), in this order; {@code report} only when asked. */
    static final String[] CSV_HEADER = {
        "indicator",
        "unit",
        "period",
        "kind",
        "value",
        "category",
        "unit_as_of",
        "note",
        "report",
        "locator",
        "comparator"
    };

    /** The same cells, as text; unit_as_of as in FundingLinePullSql (the code names exactly this unit then). */
    private static final String CSV_COLUMNS = "i.code, u.code, v.period, v.kind, v.value::text, v.category,"
            + " u.valid_from::text, v.note, v.report_id::text, v.locator, v.comparator";

    private IndicatorValuePullSql() {}

    /** The listing's conditions: the caller's scope and every filter; {@code current} adds "only the counting one". */
    static SqlWhere where(IndicatorValueRepository.Filter f, boolean current) {
        // Read province by province, the scope and the unit are conditions of each province (ProvincePaging).
        SqlWhere w = new SqlWhere(f.provinces() == null ? f.scopeCondition() : "true");
        conditions(w, f, current, f.provinces() == null);
        return w;
    }

    private static void conditions(SqlWhere w, IndicatorValueRepository.Filter f, boolean current, boolean unit) {
        if (f.indicatorId() != null) {
            w.and("v.indicator_id = ?", f.indicatorId());
        }
        if (unit && f.unitPath() != null) {
            w.and("u.path like ?", f.unitPath() + "%");
        }
        if (f.endsFrom() != null) {
            w.and("v.period_end >= ?", f.endsFrom());
        }
        if (f.startsTo() != null) {
            w.and("v.period_start <= ?", f.startsTo());
        }
        if (f.period() != null) {
            w.and("v.period = ?", f.period());
        }
        if (f.kind() != null) {
            w.and("v.kind = ?", f.kind().name());
        }
        if (f.category() != null) {
            w.and("v.category = ?", f.category());
        }
        if (f.reportId() != null) {
            w.and("v.report_id = ?", f.reportId());
        } else if (current && !f.alternatives()) {
            w.and("v.current");
        }
    }

    /** As FundingLinePullSql.changes, over indicator_value_change; a tombstone keeps the unit and indicator filters. */
    static String changes(SqlWhere w, IndicatorValueRepository.Filter f, String goneScope, long since) {
        int s = w.bind(since);
        int a = w.bind(f.afterId() == null ? 0L : f.afterId());
        SqlWhere live = w.then(f.scopeCondition());
        conditions(live, f, false, true);
        SqlWhere gone = w.then(goneScope);
        if (f.unitPath() != null) {
            gone.and("cu.path like ?", f.unitPath() + "%");
        }
        if (f.indicatorId() != null) {
            gone.and("ch.indicator_id = ?", f.indicatorId());
        }
        return "select " + IndicatorValueRepository.COLUMNS + ", ch.row_id"
                + " from (select distinct on (row_id) row_id, unit_id, indicator_id from indicator_value_change"
                + " where change_xid >= cast(cast(?" + s + " as text) as xid8) and row_id > ?" + a
                + " order by row_id, change_xid desc) ch"
                + " join admin_unit cu on cu.id = ch.unit_id"
                + " left join indicator_value v on v.id = ch.row_id"
                + " left join indicator i on i.id = v.indicator_id"
                + " left join admin_unit u on u.id = v.unit_id"
                + " where (v.id is not null and " + live.sql() + ") or (v.id is null and " + gone.sql() + ")"
                + " order by ch.row_id";
    }

    /** The page statements (common/PullStatements) over this table. */
    private static final PullStatements PAGES = new PullStatements(
            "v", IndicatorValueJson.COLUMNS, IndicatorValueRepository.FROM, CSV_COLUMNS, CSV_HEADER.length);

    /** A JSON page (JsonPull): the snapshot's xmin, then IndicatorValueJson's columns, the first {@code rows} by id. */
    static String page(SqlWhere w, IndicatorValueRepository.Filter f, int rows) {
        return PAGES.page(w, f.provinces(), rows);
    }

    /** A CSV page: the rows after one id up to another, in id order. */
    static String csv(SqlWhere w, IndicatorValueRepository.Filter f) {
        return PAGES.csv(w, f.provinces());
    }

    /** A CSV page's size, last id and fingerprint, read before it is streamed. */
    static String fingerprint(SqlWhere w, IndicatorValueRepository.Filter f, int limit) {
        return PAGES.fingerprint(w, f.provinces(), limit);
    }
}
