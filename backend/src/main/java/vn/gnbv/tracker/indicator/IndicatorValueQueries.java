package vn.gnbv.tracker.indicator;

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
import vn.gnbv.tracker.common.JsonCells;
import vn.gnbv.tracker.common.JsonPull;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.PullPage;
import vn.gnbv.tracker.common.PullStatements;
import vn.gnbv.tracker.common.ReadMemo;
import vn.gnbv.tracker.common.SqlWhere;
import vn.gnbv.tracker.common.SyncRetention;
import vn.gnbv.tracker.common.SyncToken;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitJson;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueView;
import vn.gnbv.tracker.security.CallerScope;

/** Reads of indicator values as the API shows them: filters parsed and resolved, the caller's scope applied. */
@ApplicationScoped
public class IndicatorValueQueries {
    /** The list filters, typed; codes trimmed, null when absent. */
    public record Filter(
            String indicator,
            String unit,
            Long unitId,
            LocalDate asOf,
            Period periodFrom,
            Period periodTo,
            Period period,
            ValueKind kind,
            String category,
            Long report,
            boolean alternatives,
            int limit,
            String cursor,
            String since) {}

    @Inject
    SyncRetention retention;

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorService indicators;

    @Inject
    UnitLookup units;

    @Inject
    UnitJson unitJson;

    @Inject
    ReadMemo memo;

    @Inject
    CallerScope scope;

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper mapper;

    /** An indicator with a current total (no category) ACTUAL or TARGET value in a period. */
    public record StatedCell(String code, String period) {}

    /**
     * What an indicator table of the unit has figures for: the indicators and periods with a current total ACTUAL or
     * TARGET value on the unit or a unit below it, within the caller's scope, whose period lies in the years.
     */
    @Transactional
    public List<StatedCell> statedCells(UnitLookup.Unit unit, int firstYear, int lastYear) {
        scope.require(unit, "unit");
        return values
                .statedCells(
                        unit.path(),
                        LocalDate.of(firstYear, 1, 1),
                        LocalDate.of(lastYear, 12, 31),
                        scope.sqlCondition("u.path"))
                .stream()
                .map(r -> new StatedCell((String) r[0], (String) r[1]))
                .toList();
    }

    /**
     * One value, if its unit is in the caller's scope; else the same 403 whether or not it exists. Through Vert.x's
     * client (PointRead): a GET by id never leaves the event loop; a write reads back after its transaction.
     */
    public Uni<ValueView> view(long id) {
        return scope.sqlConditionNonBlocking("u.path")
                .chain(condition -> values.view(id, condition))
                .map(v -> v.orElseThrow(() -> scope.notVisible("Indicator value", id)));
    }

    /** As FundingLineListing.page: one page of the listing written as JSON straight from the rows (JsonPull). */
    public JsonPull.Page page(Filter f) {
        int limit = PullPage.clamp(f.limit());
        IndicatorValueRepository.Filter filter = filter(f);
        SqlWhere where = IndicatorValuePullSql.where(filter, true);
        if (filter.afterId() != null) {
            where.and("v.id > ?", filter.afterId());
        }
        JsonCells codes =
                JsonCells.of(memo, "indicator-code", ds, "select id, code from indicator", JsonCells.code(mapper));
        JsonCells unitCells = unitJson.cells();
        return JsonPull.page(
                ds,
                mapper,
                IndicatorValuePullSql.page(where, filter, limit + 1),
                where.args(),
                limit,
                row -> IndicatorValueJson.write(row, codes, unitCells));
    }

    /** The changes since {@code f.since()}, a sync token, with the token a pull starting now would continue from. */
    @Transactional
    public PullPage<ValueView> changes(Filter f) {
        int limit = PullPage.clamp(f.limit());
        IndicatorValueRepository.Filter filter = filter(f);
        String token = SyncToken.encode(values.snapshotXmin());
        long since = SyncToken.decode("since", f.since());
        List<Object[]> rows = values.changes(filter, scope.sqlCondition("cu.path"), since, limit + 1);
        retention.requireWithin("since", since); // after the read: see its comment
        List<ValueView> items = new ArrayList<>();
        List<PullPage.Removed> removed = new ArrayList<>();
        boolean countingOnly = f.report() == null && !f.alternatives();
        int n = Math.min(rows.size(), limit);
        for (Object[] r : rows.subList(0, n)) {
            long id = ((Number) r[r.length - 1]).longValue();
            if (r[0] == null) {
                removed.add(new PullPage.Removed(id, "DELETED"));
            } else if (countingOnly && !(Boolean) r[r.length - 3]) {
                removed.add(new PullPage.Removed(id, "NOT_CURRENT"));
            } else {
                items.add(IndicatorValueRepository.map(r));
            }
        }
        String next = rows.size() > limit
                ? Cursor.encode(((Number) rows.get(n - 1)[rows.get(n - 1).length - 1]).longValue())
                : null;
        return new PullPage<>(items, removed, next, limit, token);
    }

    /** As FundingLineListing.csv: a page of the upload's canonical CSV, streamed. */
    @Transactional
    public CsvStream.Page csv(Filter f) {
        if (f.since() != null) {
            throw ApiException.badParam(
                    "since",
                    ViolationCode.CONFLICTING_PARAMETERS,
                    "Changes since a sync token are JSON only: CSV has no ids to apply deletions to");
        }
        int limit = PullPage.clamp(f.limit());
        IndicatorValueRepository.Filter filter = filter(f);
        SqlWhere where = IndicatorValuePullSql.where(filter, true);
        if (filter.afterId() != null) {
            where.and("v.id > ?", filter.afterId());
        }
        Object[] head = values.fingerprint(IndicatorValuePullSql.fingerprint(where, filter, limit), where.args());
        long count = ((Number) head[0]).longValue();
        Long last = head[1] == null ? null : ((Number) head[1]).longValue();
        if (last != null) {
            where.and("v.id <= ?", last);
        }
        int[] columns = f.report() == null
                ? CsvStream.without(IndicatorValuePullSql.CSV_HEADER)
                : CsvStream.without(IndicatorValuePullSql.CSV_HEADER, "report");
        return new CsvStream.Page(
                PullStatements.csvTag(head[2], columns.length),
                count > limit ? Cursor.encode(last) : null,
                limit,
                CsvStream.of(
                        ds,
                        last == null ? null : IndicatorValuePullSql.csv(where, filter),
                        where.args(),
                        IndicatorValuePullSql.CSV_HEADER,
                        columns));
    }

    /** The filters parsed and resolved (unknown codes: 400 naming the parameter), with the caller's scope. */
    private IndicatorValueRepository.Filter filter(Filter f) {
        Long indicatorId = null;
        String code = f.indicator();
        if (code != null) {
            Indicator ind = indicators.byCode(code);
            if (ind == null) {
                throw ApiException.badParam(
                        "indicator", ViolationCode.UNKNOWN_INDICATOR, "No indicator has code " + code);
            }
            indicatorId = ind.id;
        }
        UnitLookup.Unit unit = unitFilter(f);
        Period from = f.periodFrom();
        Period to = f.periodTo();
        Period exact = f.period();
        Long afterId = f.cursor() != null && !f.cursor().isBlank() ? Cursor.decodeId(f.cursor()) : null;
        return new IndicatorValueRepository.Filter(
                indicatorId,
                unit == null ? null : unit.path(),
                scope.provinceConditions("u.path", unit == null ? null : unit.path()),
                from == null ? null : from.start(),
                to == null ? null : to.end(),
                exact == null ? null : exact.id(),
                f.kind(),
                f.category(),
                f.report(),
                f.alternatives(),
                afterId,
                scope.sqlCondition("u.path"));
    }

    private UnitLookup.Unit unitFilter(Filter f) {
        Long unitId = f.unitId();
        String code = f.unit();
        if (unitId != null && code != null) {
            throw ApiException.badParam(
                    "unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId, not both");
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        if (unitId != null) {
            UnitLookup.Unit u = units.byId(unitId)
                    .orElseThrow(() -> ApiException.badParam(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId));
            scope.require(u, "unitId");
            return u;
        }
        if (code == null) {
            return null;
        }
        LocalDate at = f.asOf() != null ? f.asOf() : LocalDate.now();
        UnitLookup.Unit u = units.resolve(code, at)
                .orElseThrow(() -> ApiException.badParam(
                        "unit", ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at));
        scope.require(u, "unit");
        return u;
    }
}
