package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.geo.ReformCoverage;
import vn.gnbv.tracker.geo.ReformWalk;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitLookup.Unit;

/**
 * Loads everything a roll-up to one target needs: the target's subtree, its reform neighbourhood (the pre-reform
 * units whose successions lead into it and where each one's territory ends at {@code asOf}: geo's
 * {@link ReformWalk}), and the values of the indicators involved. The arithmetic happens in memory in
 * {@link RollupEngine}: a province is a few hundred units.
 */
@ApplicationScoped
public class RollupData {
    /** The loaded neighbourhood of one target. */
    public record Snapshot(Map<Long, Unit> current, ReformWalk reform, Map<Long, Map<Long, BigDecimal>> values) {
        public Map<Long, BigDecimal> series(long indicatorId) {
            return values.getOrDefault(indicatorId, Map.of());
        }

        /** Superseded units mapped into the target by the reform. */
        public Map<Long, Unit> old() {
            return reform.old();
        }
    }

    @Inject
    UnitLookup units;

    @Inject
    ReformCoverage coverage;

    @Inject
    IndicatorValueRepository values;

    public Snapshot load(
            Unit target,
            LocalDate asOf,
            Collection<Long> indicatorIds,
            Period period,
            ValueKind kind,
            String category) {
        Map<Long, Unit> current = new HashMap<>();
        units.subtree(target).forEach(u -> current.put(u.id(), u));
        ReformWalk reform = coverage.around(target, asOf);
        List<Long> unitIds = new ArrayList<>(current.keySet());
        unitIds.addAll(reform.old().keySet());
        return new Snapshot(current, reform, values.series(unitIds, indicatorIds, period, kind, category));
    }

    /** Children of {@code parentId} among {@code nodes}, ordered by code. */
    static List<Unit> childrenOf(Map<Long, Unit> nodes, long parentId) {
        List<Unit> out = new ArrayList<>();
        for (Unit n : nodes.values()) {
            if (n.parentId() != null && n.parentId() == parentId) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(Unit::code).thenComparing(Unit::id));
        return out;
    }
}
