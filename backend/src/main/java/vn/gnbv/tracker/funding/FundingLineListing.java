package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.CsvStream;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.JsonPull;
import vn.gnbv.tracker.common.PullPage;
import vn.gnbv.tracker.common.PullStatements;
import vn.gnbv.tracker.common.SqlWhere;
import vn.gnbv.tracker.common.SyncRetention;
import vn.gnbv.tracker.common.SyncToken;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitJson;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramJson;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/** Parses and resolves the list filters (400 for malformed, 422 for unknown codes), then pages by id. */
@ApplicationScoped
public class FundingLineListing {
    /** The query parameters, typed; codes trimmed, null when absent. */
    public record ListQuery(
            String program,
            String component,
            String unit,
            Long unitId,
            LocalDate asOf,
            Integer year,
            Integer yearFrom,
            Integer yearTo,
            FundingSource source,
            CapitalType capitalType,
            FundingMeasure measure,
            Long report,
            boolean alternatives,
            int limit,
            String cursor,
            String since) {}

    @Inject
    SyncRetention retention;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    UnitJson unitJson;

    @Inject
    ProgramJson programJson;

    @Inject
    FundingLineRepository lines;

    @Inject
    FundingLinePullQueries pull;

    @Inject
    CallerScope scope;

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper mapper;

    /**
     * One page of the listing, written as JSON straight from the rows (JsonPull), with the sync token a pull starting
     * now would continue from (the page's Sync-Token). The filters' lookups run first; then one statement.
     */
    public JsonPull.Page page(ListQuery p) {
        int limit = PullPage.clamp(p.limit());
        Long after = after(p);
        var f = filter(p);
        SqlWhere where = FundingLinePullSql.where(f, true);
        if (after != null) {
            where.and("f.id > ?", after);
        }
        var cells =
                new FundingLineJson.Cells(programJson.programCodes(), programJson.componentCodes(), unitJson.cells());
        return JsonPull.page(
                ds,
                mapper,
                FundingLinePullSql.page(where, f, limit + 1),
                where.args(),
                limit,
                row -> FundingLineJson.write(row, cells));
    }

    /**
     * The changes since {@code p.since()}, a sync token: lines changed or added, and the ids of lines deleted or no
     * longer counting; with the token a pull starting now would continue from.
     */
    @Transactional
    public PullPage<FundingLineView> changes(ListQuery p) {
        int limit = PullPage.clamp(p.limit());
        Long after = after(p);
        var filter = filter(p);
        String token = SyncToken.encode(pull.snapshotXmin());
        long since = SyncToken.decode("since", p.since());
        List<Object[]> rows = pull.changes(filter, scope.sqlCondition("cu.path"), since, after, limit + 1);
        retention.requireWithin("since", since); // after the read: see its comment
        List<FundingLineView> items = new ArrayList<>();
        List<PullPage.Removed> removed = new ArrayList<>();
        boolean countingOnly = p.report() == null && !p.alternatives();
        int n = Math.min(rows.size(), limit);
        for (Object[] r : rows.subList(0, n)) {
            long id = FundingLineRepository.num(r[r.length - 1]);
            if (r[0] == null) {
                removed.add(new PullPage.Removed(id, "DELETED"));
            } else if (countingOnly && !(Boolean) r[r.length - 2]) {
                removed.add(new PullPage.Removed(id, "NOT_CURRENT"));
            } else {
                items.add(FundingLineView.fromRow(r));
            }
        }
        String next = rows.size() > limit
                ? Cursor.encode(FundingLineRepository.num(rows.get(n - 1)[rows.get(n - 1).length - 1]))
                : null;
        return new PullPage<>(items, removed, next, limit, token);
    }

    /**
     * A page as the upload's canonical CSV, streamed: its size, last id (the next cursor) and fingerprint (the ETag)
     * are read first, then its rows. A pull of one report's lines ({@code report}) leaves the report column out, so
     * the file uploads as another report's ({@code report=} on the upload) unchanged.
     */
    @Transactional
    public CsvStream.Page csv(ListQuery p) {
        if (p.since() != null) {
            throw ApiException.badParam(
                    "since",
                    ViolationCode.CONFLICTING_PARAMETERS,
                    "Changes since a sync token are JSON only: CSV has no ids to apply deletions to");
        }
        int limit = PullPage.clamp(p.limit());
        Long after = after(p);
        var filter = filter(p);
        SqlWhere where = FundingLinePullSql.where(filter, true);
        if (after != null) {
            where.and("f.id > ?", after);
        }
        Object[] head = pull.fingerprint(FundingLinePullSql.fingerprint(where, filter, limit), where.args());
        long count = FundingLineRepository.num(head[0]);
        Long last = head[1] == null ? null : FundingLineRepository.num(head[1]);
        if (last != null) {
            where.and("f.id <= ?", last);
        }
        int[] columns = p.report() == null
                ? CsvStream.without(FundingLinePullSql.CSV_HEADER)
                : CsvStream.without(FundingLinePullSql.CSV_HEADER, "report");
        String etag = PullStatements.csvTag(head[2], columns.length);
        return new CsvStream.Page(
                etag,
                count > limit ? Cursor.encode(last) : null,
                limit,
                CsvStream.of(
                        ds,
                        last == null ? null : FundingLinePullSql.csv(where, filter),
                        where.args(),
                        FundingLinePullSql.CSV_HEADER,
                        columns));
    }

    private static Long after(ListQuery p) {
        return p.cursor() == null || p.cursor().isBlank() ? null : Cursor.decodeId(p.cursor());
    }

    /** The filters parsed and resolved (400 for malformed, 422 for unknown codes), with the caller's scope. */
    private FundingLinePullQueries.Filter filter(ListQuery p) {
        Integer from = p.yearFrom();
        Integer to = p.yearTo();
        if (p.year() != null && (from != null || to != null)) {
            throw ApiException.badParam(
                    "year", ViolationCode.CONFLICTING_PARAMETERS, "Give either year or yearFrom/yearTo");
        }
        if (p.year() != null) {
            from = p.year();
            to = p.year();
        }
        checkRange(from, to);
        LocalDate asOf = asOf(p.asOf(), from);

        Long programId = p.program() == null
                ? null
                : programs.requireProgram("program", p.program()).id();
        String component = p.component();
        if (component != null && !programs.componentExists(component, programId)) {
            throw ApiException.invalid(
                    "component",
                    ViolationCode.UNKNOWN_COMPONENT,
                    "No component has code " + component + (programId == null ? "" : " in program " + p.program()));
        }
        String path = unitPath(p.unit(), p.unitId(), asOf);
        return new FundingLinePullQueries.Filter(
                programId,
                component,
                path,
                scope.provinceConditions("u.path", path),
                from,
                to,
                p.source(),
                p.capitalType(),
                p.measure(),
                p.report(),
                p.alternatives(),
                scope.sqlCondition("u.path"));
    }

    /** One line, if its unit is in the caller's scope; else the same 403 whether or not it exists. On the event loop. */
    public Uni<FundingLineView> get(long id) {
        return scope.sqlConditionNonBlocking("u.path")
                .chain(condition -> lines.read(id, condition))
                .map(line -> line.orElseThrow(() -> scope.notVisible("Funding line", id)));
    }

    /** Default date for resolving a unit code: 1 January of the first requested year, else today. */
    static LocalDate asOf(LocalDate asOf, Integer firstYear) {
        if (asOf != null) {
            return asOf;
        }
        return firstYear != null && firstYear >= 1 && firstYear <= 9999
                ? LocalDate.of(firstYear, 1, 1)
                : LocalDate.now();
    }

    static void checkRange(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw ApiException.badParam("yearFrom", ViolationCode.EMPTY_RANGE, "yearFrom must not be after yearTo");
        }
    }

    private String unitPath(String code, Long unitId, LocalDate asOf) {
        if (code != null && unitId != null) {
            throw ApiException.badParam("unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId");
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        if (unitId != null) {
            String path = units.byId(unitId)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId))
                    .path();
            scope.requirePath(path, "unitId");
            return path;
        }
        if (code == null) {
            return null;
        }
        UnitLookup.Unit unit = units.require("unit", code, asOf);
        scope.require(unit, "unit");
        return unit.path();
    }
}
