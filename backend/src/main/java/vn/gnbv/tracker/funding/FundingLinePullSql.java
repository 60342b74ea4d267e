package vn.gnbv.tracker.funding;

import vn.gnbv.tracker.common.PullStatements;
import vn.gnbv.tracker.common.SqlWhere;

/** The statements of a funding-line pull: the listing's filters, its CSV page, and its changes since a sync token. */
final class FundingLinePullSql {
    /** The canonical CSV columns of an upload (FundingLineDataset), in this order; {@code report} only when asked. */
    static final String[] CSV_HEADER = {
        "program",
        "component",
        "unit",
        "year",
        "source",
        "capital_type",
        "measure",
        "amount_vnd",
        "implementing_body",
        "origin_year",
        "unit_as_of",
        "reference",
        "note",
        "report",
        "locator"
    };

    /**
     * The same cells, as text. unit_as_of is the first day of the unit's validity: the code names exactly this unit
     * then, whatever date the upload would otherwise read it at (a reused code, a report's date).
     */
    private static final String CSV_COLUMNS = "p.code, c.code, u.code, f.fiscal_year::text, f.source, f.capital_type,"
            + " f.measure, f.amount_vnd::text, f.implementing_body, f.origin_year::text, u.valid_from::text,"
            + " f.reference, f.note, f.report_id::text, f.locator";

    private FundingLinePullSql() {}

    /** The listing's conditions: the caller's scope and every filter; {@code current} adds "only the counting one". */
    static SqlWhere where(FundingLinePullQueries.Filter f, boolean current) {
        // Read province by province, the scope and the unit are conditions of each province (ProvincePaging).
        SqlWhere w = new SqlWhere(f.provinces() == null ? f.scopeCondition() : "true");
        conditions(w, f, current, f.provinces() == null);
        return w;
    }

    private static void conditions(SqlWhere w, FundingLinePullQueries.Filter f, boolean current, boolean unit) {
        if (f.programId() != null) {
            w.and("f.program_id = ?", f.programId());
        }
        if (f.componentCode() != null) {
            // The component and its descendants: the tree is data, so walk it rather than match code prefixes.
            String root = f.programId() == null
                    ? "code = ?"
                    : "code = ? and program_id = " + f.programId().longValue();
            w.and(
                    "f.component_id in (with recursive d as (select id from program_component where " + root
                            + " union all select c2.id from program_component c2 join d on c2.parent_id = d.id)"
                            + " select id from d)",
                    f.componentCode());
        }
        if (unit && f.unitPath() != null) {
            w.and("u.path like ?", f.unitPath() + "%");
        }
        if (f.yearFrom() != null) {
            w.and("f.fiscal_year >= ?", f.yearFrom());
        }
        if (f.yearTo() != null) {
            w.and("f.fiscal_year <= ?", f.yearTo());
        }
        if (f.source() != null) {
            w.and("f.source = ?", f.source().name());
        }
        if (f.capitalType() != null) {
            w.and("f.capital_type = ?", f.capitalType().name());
        }
        if (f.measure() != null) {
            w.and("f.measure = ?", f.measure().name());
        }
        if (f.reportId() != null) {
            w.and("f.report_id = ?", f.reportId());
        } else if (current && !f.alternatives()) {
            w.and("f.current");
        }
    }

    /**
     * Rows of the change log (V083) at or above the token, each row id once, joined to the line if it still exists:
     * it must then match the filters (its current flag is selected to tell a line that left the counting set); a
     * deleted line is kept when its last unit lies in the caller's scope ({@code goneScope}, over cu.path) and under
     * the unit and program filters. Ordered by row id, for keyset paging.
     */
    static String changes(SqlWhere w, FundingLinePullQueries.Filter f, String goneScope, long since, long after) {
        int s = w.bind(since);
        int a = w.bind(after);
        SqlWhere live = w.then(f.scopeCondition());
        conditions(live, f, false, true);
        SqlWhere gone = w.then(goneScope);
        if (f.unitPath() != null) {
            gone.and("cu.path like ?", f.unitPath() + "%");
        }
        if (f.programId() != null) {
            gone.and("ch.program_id = ?", f.programId());
        }
        return "select " + FundingLineRepository.COLUMNS + ", ch.row_id"
                + " from (select distinct on (row_id) row_id, unit_id, program_id from funding_line_change"
                + " where change_xid >= cast(cast(?" + s + " as text) as xid8) and row_id > ?" + a
                + " order by row_id, change_xid desc) ch"
                + " join admin_unit cu on cu.id = ch.unit_id"
                + " left join funding_line f on f.id = ch.row_id"
                + " left join program p on p.id = f.program_id"
                + " left join program_component c on c.id = f.component_id"
                + " left join admin_unit u on u.id = f.unit_id"
                + " where (f.id is not null and " + live.sql() + ") or (f.id is null and " + gone.sql() + ")"
                + " order by ch.row_id";
    }

    /** The page statements (common/PullStatements) over this table. */
    private static final PullStatements PAGES = new PullStatements(
            "f", FundingLineJson.COLUMNS, FundingLineRepository.FROM, CSV_COLUMNS, CSV_HEADER.length);

    /** A JSON page (JsonPull): the snapshot's xmin, then FundingLineJson's columns, the first {@code rows} by id. */
    static String page(SqlWhere w, FundingLinePullQueries.Filter f, int rows) {
        return PAGES.page(w, f.provinces(), rows);
    }

    /** A CSV page: the rows after one id up to another, in id order. */
    static String csv(SqlWhere w, FundingLinePullQueries.Filter f) {
        return PAGES.csv(w, f.provinces());
    }

    /** A CSV page's size, last id and fingerprint, read before it is streamed. */
    static String fingerprint(SqlWhere w, FundingLinePullQueries.Filter f, int limit) {
        return PAGES.fingerprint(w, f.provinces(), limit);
    }
}
