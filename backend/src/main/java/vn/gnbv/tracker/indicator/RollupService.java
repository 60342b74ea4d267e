package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitLookup.Unit;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialReason;
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialUnit;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.indicator.IndicatorDtos.RollupChildren;
import vn.gnbv.tracker.security.CallerScope;

/** Roll-ups and drill-downs: parameters in, figures out; the arithmetic is {@link RollupEngine}'s. */
@ApplicationScoped
public class RollupService {
    /** Decimals kept for a computed ratio (at least 6 are always shown). */
    @Inject
    IndicatorService indicators;

    @Inject
    UnitLookup units;

    @Inject
    RollupData data;

    @Inject
    CallerScope scope;

    @Inject
    RollupTargets rollupTargets;

    @Inject
    IndicatorCategoryRepository categories;

    private record Ctx(
            Indicator ind,
            Period period,
            ValueKind kind,
            String category,
            LocalDate asOf,
            RollupData.Snapshot snap,
            RollupEngine engine,
            long targetId) {
        Unit target() {
            return snap.current().get(targetId);
        }
    }

    /** A roll-up request: what, where, when; {@code asOf} and {@code category} may be null. */
    public record Query(Code indicator, Code unit, Period period, ValueKind kind, LocalDate asOf, Code category) {}

    public Rollup rollup(Query q) {
        Ctx ctx = context(q);
        Map<Long, IndicatorValueRepository.Target> targets = targets(ctx, List.of(ctx.target()));
        return RollupTargets.with(build(ctx, ctx.target()), targets.get(ctx.targetId()));
    }

    public RollupChildren children(Query q) {
        Ctx ctx = context(q);
        Unit target = ctx.target();
        List<Unit> kids = RollupData.childrenOf(ctx.snap().current(), target.id()).stream()
                .filter(n -> n.validAt(ctx.asOf()))
                .toList();
        List<Unit> all = new ArrayList<>(kids);
        all.add(target);
        Map<Long, IndicatorValueRepository.Target> targets = targets(ctx, all);
        List<Rollup> rows = kids.stream()
                .map(n -> RollupTargets.with(build(ctx, n), targets.get(n.id())))
                .toList();
        return new RollupChildren(RollupTargets.with(build(ctx, target), targets.get(target.id())), rows);
    }

    private Map<Long, IndicatorValueRepository.Target> targets(Ctx ctx, List<Unit> units) {
        return rollupTargets.of(ctx.kind(), ctx.ind().id, ctx.period(), ctx.category(), units);
    }

    private Ctx context(Query q) {
        String code = q.indicator().value();
        Indicator ind = indicators.byCode(code);
        if (ind == null) {
            throw ApiException.badParam("indicator", ViolationCode.UNKNOWN_INDICATOR, "No indicator has code " + code);
        }
        Period period = q.period();
        LocalDate at = q.asOf() != null ? q.asOf() : period.start();
        String category = Code.text(q.category());
        if (category != null) {
            // The same rule as a value's category: one of the indicator's codes; none reads the reported total.
            Violations v = new Violations();
            IndicatorValueService.category(
                    v,
                    ind,
                    category,
                    Set.copyOf(categories.of(ind.id).stream().map(c -> c.code).toList()));
            try {
                v.throwIfAny();
            } catch (ApiException e) {
                var first = e.errors().get(0);
                throw ApiException.badParam("category", first.code(), first.message());
            }
        }
        String unit = q.unit().value();
        UnitLookup.Unit u = units.resolve(unit, at)
                .orElseThrow(() -> ApiException.badParam(
                        "unit", ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + unit + " on " + at));
        scope.require(u, "unit"); // an out-of-scope ancestor's roll-up is refused, not trimmed
        Set<Long> series = new LinkedHashSet<>(List.of(ind.id));
        if (ind.aggregation == Aggregation.RATIO) {
            series.add(ind.numeratorId);
            series.add(ind.denominatorId);
        }
        ValueKind k = q.kind();
        RollupData.Snapshot snap = inScope(data.load(u, at, series, period, k, category));
        return new Ctx(ind, period, k, category, at, snap, new RollupEngine(snap), u.id());
    }

    /**
     * Keeps only values of units in the caller's scope. The target is in scope, and the old units mapped into it
     * are covered by the scope resolver's reform rules; this makes sure no figure from outside can contribute.
     */
    private RollupData.Snapshot inScope(RollupData.Snapshot s) {
        if (scope.national()) {
            return s;
        }
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        s.values().forEach((indicatorId, byUnit) -> {
            Map<Long, BigDecimal> kept = new HashMap<>();
            byUnit.forEach((unitId, value) -> {
                Unit n = s.current().containsKey(unitId)
                        ? s.current().get(unitId)
                        : s.old().get(unitId);
                if (n != null && scope.covers(n.path())) {
                    kept.put(unitId, value);
                }
            });
            values.put(indicatorId, kept);
        });
        return new RollupData.Snapshot(s.current(), s.reform(), values);
    }

    private Rollup build(Ctx ctx, Unit t) {
        Indicator ind = ctx.ind();
        Map<Long, BigDecimal> main = ctx.snap().series(ind.id);
        BigDecimal reported = main.get(t.id());
        if (ind.aggregation == Aggregation.NONE) {
            return rollup(
                    ctx,
                    t,
                    reported,
                    null,
                    null,
                    reported,
                    null,
                    reported == null ? 0 : 1,
                    "NONE: this indicator does not aggregate; only the unit's own reported value is shown",
                    List.of());
        }
        RollupEngine.Mapping m = ctx.engine().mapping(t);
        if (ind.aggregation == Aggregation.SUM) {
            RollupEngine.Figure f = m.figure(main);
            return rollup(
                    ctx,
                    t,
                    f.value(),
                    null,
                    null,
                    reported,
                    f.children(),
                    f.contributors().size(),
                    "SUM: the unit's own value if reported, else the sum of its children's figures (each child likewise),"
                            + " so nothing is counted twice" + stats(ctx, f.contributors(), m),
                    partials(ctx, m));
        }
        RollupEngine.Figure n = m.figure(ctx.snap().series(ind.numeratorId));
        RollupEngine.Figure d = m.figure(ctx.snap().series(ind.denominatorId));
        Set<Long> contributors = new LinkedHashSet<>(n.contributors());
        contributors.addAll(d.contributors());
        String num = indicators.require(ind.numeratorId).code;
        String den = indicators.require(ind.denominatorId).code;
        BigDecimal value = RollupRatio.of(n.value(), d.value(), ind.scale);
        return rollup(
                ctx,
                t,
                value,
                n.value(),
                d.value(),
                reported,
                RollupRatio.of(n.children(), d.children(), ind.scale),
                contributors.size(),
                "RATIO: Σ" + num + " / Σ" + den + " × " + ind.scale + ", each sum taken like a SUM"
                        + " (own value beats children); never a mean of rates"
                        + (value == null && d.value() != null ? "; the denominator is 0" : "")
                        + stats(ctx, contributors, m),
                partials(ctx, m));
    }

    private Rollup rollup(
            Ctx ctx,
            Unit t,
            BigDecimal value,
            BigDecimal num,
            BigDecimal den,
            BigDecimal reported,
            BigDecimal children,
            int contributing,
            String method,
            List<PartialUnit> partials) {
        return new Rollup(
                ctx.ind().code,
                ctx.ind().aggregation,
                ref(t),
                ctx.asOf(),
                ctx.period().id(),
                ctx.period().start(),
                ctx.period().end(),
                ctx.kind(),
                ctx.category(),
                plain(value),
                plain(num),
                plain(den),
                plain(reported),
                plain(children),
                contributing,
                method,
                "EXCLUDED",
                partials,
                null);
    }

    private static String stats(Ctx ctx, Set<Long> contributors, RollupEngine.Mapping m) {
        long mapped =
                contributors.stream().filter(ctx.snap().old()::containsKey).count();
        return "; " + contributors.size() + " unit(s) with reported values contributed"
                + (mapped > 0 ? ", " + mapped + " of them pre-reform units mapped through unit_succession" : "");
    }

    /** Pre-reform units whose own values were left out, with where their successors lie. */
    private List<PartialUnit> partials(Ctx ctx, RollupEngine.Mapping m) {
        List<PartialUnit> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (long u : m.partial) {
            if (hasOwn(ctx, u) && scope.covers(ctx.snap().old().get(u).path()) && seen.add(u)) {
                out.add(partial(ctx, m, u, PartialReason.PARTIAL_SUCCESSION));
            }
        }
        m.excluded.forEach((u, reason) -> {
            if (scope.covers(ctx.snap().old().get(u).path()) && seen.add(u)) {
                out.add(partial(ctx, m, u, reason));
            }
        });
        return out;
    }

    private PartialUnit partial(Ctx ctx, RollupEngine.Mapping m, long u, PartialReason reason) {
        Indicator ind = ctx.ind();
        boolean ratio = ind.aggregation == Aggregation.RATIO;
        List<Unit> succ = m.successorsOf(u);
        return new PartialUnit(
                ref(ctx.snap().old().get(u)),
                plain(ctx.snap().series(ind.id).get(u)),
                ratio ? plain(ctx.snap().series(ind.numeratorId).get(u)) : null,
                ratio ? plain(ctx.snap().series(ind.denominatorId).get(u)) : null,
                succ.stream()
                        .filter(n -> m.inside(n.id()))
                        .map(RollupService::ref)
                        .toList(),
                succ.stream()
                        .filter(n -> !m.inside(n.id()))
                        .map(RollupService::ref)
                        .toList(),
                reason);
    }

    private static boolean hasOwn(Ctx ctx, long u) {
        return ctx.snap().values().values().stream().anyMatch(series -> series.containsKey(u));
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static UnitRef ref(Unit n) {
        return new UnitRef(n.id(), n.code(), n.name(), n.level());
    }
}
