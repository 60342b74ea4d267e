package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.ViolationCode;
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
            String cursor) {}

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorService indicators;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    /** One value, if its unit is in the caller's scope; else the same 403 whether or not it exists. */
    public ValueView view(long id) {
        return values.view(id, scope.sqlCondition("u.path")).orElseThrow(() -> scope.notVisible("Indicator value", id));
    }

    public Page<ValueView> list(Filter f) {
        int limit = f.limit();
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
        ValueKind kind = f.kind();
        Long afterId = f.cursor() != null && !f.cursor().isBlank() ? Cursor.decodeId(f.cursor()) : null;
        List<ValueView> rows = values.list(
                new IndicatorValueRepository.Filter(
                        indicatorId,
                        unit == null ? null : unit.path(),
                        from == null ? null : from.start(),
                        to == null ? null : to.end(),
                        exact == null ? null : exact.id(),
                        kind,
                        f.category(),
                        f.report(),
                        f.alternatives(),
                        afterId,
                        scope.sqlCondition("u.path")),
                limit + 1);
        return Cursor.page(rows, limit, r -> Cursor.encode(r.id()));
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
