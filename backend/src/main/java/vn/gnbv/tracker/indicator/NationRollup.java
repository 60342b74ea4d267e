package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialUnit;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.indicator.IndicatorDtos.RollupChildren;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The whole country ({@value UnitLookup#NATION_CODE}): nothing is recorded on it, so its figure is always its
 * children's — the provinces valid at {@code asOf}, each rolled up exactly as its own roll-up (own value beats
 * children, the reform mapped, partial successions left out and listed). Summing the provinces rather than every
 * unit keeps one rule for what counts, so the nation always equals the sum of the rows the drill-down shows.
 */
@ApplicationScoped
class NationRollup {
    @Inject
    RollupService rollups;

    @Inject
    UnitLookup units;

    @Inject
    IndicatorService indicators;

    @Inject
    CallerScope scope;

    static boolean names(Code unit) {
        return UnitLookup.NATION_CODE.equals(unit.value());
    }

    RollupChildren children(RollupService.Query q) {
        scope.require(UnitLookup.NATION, "unit");
        Indicator ind = indicators.byCode(q.indicator().value());
        if (ind == null) {
            throw ApiException.badParam(
                    "indicator",
                    ViolationCode.UNKNOWN_INDICATOR,
                    "No indicator has code " + q.indicator().value());
        }
        LocalDate at = q.asOf() != null ? q.asOf() : q.period().start();
        List<Rollup> provinces = new ArrayList<>();
        for (UnitLookup.Unit p : units.provincesAt(at)) {
            provinces.add(rollups.rollup(new RollupService.Query(
                    q.indicator(), new Code(p.code()), q.period(), q.kind(), at, q.category())));
        }
        return new RollupChildren(total(ind, q, at, provinces), provinces);
    }

    private Rollup total(Indicator ind, RollupService.Query q, LocalDate at, List<Rollup> provinces) {
        BigDecimal value = null;
        BigDecimal num = null;
        BigDecimal den = null;
        int contributing = 0;
        Map<Long, PartialUnit> partials = new LinkedHashMap<>();
        for (Rollup p : provinces) {
            contributing += p.contributingUnits();
            p.partialUnits().forEach(u -> partials.putIfAbsent(u.unit().id(), u));
            value = add(value, p.value());
            num = add(num, p.numerator());
            den = add(den, p.denominator());
        }
        String method;
        switch (ind.aggregation) {
            case NONE -> {
                value = null;
                method = "NONE: this indicator does not aggregate; nothing is recorded on the nation";
            }
            case RATIO -> {
                value = RollupRatio.of(num, den, ind.scale);
                method = "RATIO: Σnumerator / Σdenominator × " + ind.scale + " over the " + provinces.size()
                        + " provinces valid at asOf, each sum taken as in the province's own roll-up";
            }
            default ->
                method = "SUM over the " + provinces.size()
                        + " provinces valid at asOf, each figure as in the province's own roll-up;"
                        + " nothing is recorded on the nation itself";
        }
        boolean ratio = ind.aggregation == Aggregation.RATIO;
        return new Rollup(
                ind.code,
                ind.aggregation,
                UnitRef.of(UnitLookup.NATION),
                at,
                q.period().id(),
                q.period().start(),
                q.period().end(),
                q.kind(),
                Code.text(q.category()),
                plain(value),
                ratio ? plain(num) : null,
                ratio ? plain(den) : null,
                null,
                plain(value),
                contributing,
                method,
                "EXCLUDED",
                List.copyOf(partials.values()),
                null);
    }

    private static BigDecimal add(BigDecimal sum, String figure) {
        if (figure == null) {
            return sum;
        }
        BigDecimal v = new BigDecimal(figure);
        return sum == null ? v : sum.add(v);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
