package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.geo.UnitLookup.Unit;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.security.CallerScope;

/** Targets beside actuals in a roll-up: each unit's own TARGET and whether the figure meets its bound. */
@ApplicationScoped
public class RollupTargets {
    @Inject
    CallerScope scope;

    @Inject
    IndicatorValueRepository values;

    /**
     * The units' own current TARGETs, read beside an ACTUAL or ESTIMATE roll-up (a target is set for a unit, never
     * summed from its children's); none for other kinds. Only units in the caller's scope are asked for.
     */
    Map<Long, IndicatorValueRepository.Target> of(
            ValueKind kind, long indicatorId, Period period, String category, List<Unit> units) {
        if (kind != ValueKind.ACTUAL && kind != ValueKind.ESTIMATE) {
            return Map.of();
        }
        List<Long> ids =
                units.stream().filter(u -> scope.covers(u.path())).map(Unit::id).toList();
        return ids.isEmpty() ? Map.of() : values.targets(ids, indicatorId, period, category);
    }

    /**
     * The target beside the roll-up: the figure judged is the roll-up's value, or when none can be computed the
     * unit's own reported value.
     */
    static Rollup with(Rollup r, IndicatorValueRepository.Target t) {
        if (t == null) {
            return r;
        }
        BigDecimal actual = r.value() != null
                ? new BigDecimal(r.value())
                : r.reportedValue() != null ? new BigDecimal(r.reportedValue()) : null;
        Boolean met = t.comparator() == null ? null : t.comparator().met(actual, t.value());
        return new Rollup(
                r.indicator(),
                r.aggregation(),
                r.unit(),
                r.asOf(),
                r.period(),
                r.periodStart(),
                r.periodEnd(),
                r.kind(),
                r.category(),
                r.value(),
                r.numerator(),
                r.denominator(),
                r.reportedValue(),
                r.childrenValue(),
                r.contributingUnits(),
                r.method(),
                r.partialHandling(),
                r.partialUnits(),
                new IndicatorDtos.TargetCheck(
                        t.value().toPlainString(),
                        t.comparator(),
                        actual == null ? null : actual.toPlainString(),
                        met));
    }
}
