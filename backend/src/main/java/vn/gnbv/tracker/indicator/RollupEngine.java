package vn.gnbv.tracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gnbv.tracker.geo.ReformWalk;
import vn.gnbv.tracker.geo.UnitLookup.Unit;
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialReason;
import vn.gnbv.tracker.indicator.RollupData.Snapshot;

/**
 * Bottom-up figures over the unit tree, in memory. A unit's figure is its own value if it has one, else the sum of
 * its children's figures, so a district that reports its own total is never added to its communes' values.
 *
 * <p>Across the reform, a pre-reform unit counts toward a target when ALL its successors (its own succession links
 * and its descendants', followed to the units valid at asOf) lie in the target's subtree; it then hangs below the
 * deepest current unit that contains all those successors. A pre-reform unit with successors partly outside is not
 * counted: its children are tried instead, and if it carries a value itself that value is reported as excluded.
 * The same happens when a pre-reform unit overlaps a current unit that reports its own value below where it hangs:
 * counting both would count that territory twice.
 */
final class RollupEngine {
    /** One series' figure at the target: {@code value} is own-else-children, {@code children} the children alone. */
    record Figure(BigDecimal value, BigDecimal own, BigDecimal children, Set<Long> contributors) {}

    private final Snapshot s;
    private final ReformWalk reform;
    private final Map<Long, List<Unit>> currentChildren = new HashMap<>();

    RollupEngine(Snapshot snapshot) {
        this.s = snapshot;
        this.reform = snapshot.reform();
        index(s.current(), currentChildren);
    }

    /** Where each counted pre-reform unit hangs, and the partially-succeeded ones, for one target. */
    final class Mapping {
        final Unit target;
        final Map<Long, List<Long>> hanging = new HashMap<>();
        final Map<Long, PartialReason> excluded = new LinkedHashMap<>();
        final Set<Long> partial = new LinkedHashSet<>();

        Mapping(Unit target) {
            this.target = target;
            for (long root : reform.roots()) {
                visit(root);
            }
        }

        private void visit(long oldId) {
            Set<Long> all = reform.reach(oldId);
            long inside = all.stream().filter(this::inside).count();
            if (inside == 0) {
                return;
            }
            if (inside == all.size()) {
                hanging.computeIfAbsent(home(all), k -> new ArrayList<>()).add(oldId);
                return;
            }
            partial.add(oldId);
            reform.children(oldId).forEach(c -> visit(c.id()));
        }

        boolean inside(long successorId) {
            return reform.end(successorId).within(target);
        }

        List<Unit> successorsOf(long oldId) {
            return reform.reach(oldId).stream()
                    .map(reform::end)
                    .sorted(Comparator.comparing(Unit::code))
                    .toList();
        }

        /** The figure of one series at the target, own-else-children, with pre-reform units hung in. */
        Figure figure(Map<Long, BigDecimal> series) {
            Map<Long, List<Long>> hung = new HashMap<>();
            hanging.forEach((k, v) -> hung.put(k, new ArrayList<>(v)));
            Acc children = childrenOf(target, series, hung);
            BigDecimal own = series.get(target.id());
            Set<Long> contributors = own != null ? Set.of(target.id()) : children.contributors;
            return new Figure(own != null ? own : children.sum, own, children.sum, contributors);
        }

        private Acc current(Unit v, Map<Long, BigDecimal> series, Map<Long, List<Long>> hung) {
            BigDecimal own = series.get(v.id());
            if (own != null) {
                return new Acc(own, Set.of(v.id()));
            }
            return childrenOf(v, series, hung);
        }

        private Acc childrenOf(Unit v, Map<Long, BigDecimal> series, Map<Long, List<Long>> hung) {
            Acc acc = new Acc(null, new LinkedHashSet<>());
            Deque<Long> queue = new ArrayDeque<>(hung.getOrDefault(v.id(), List.of()));
            while (!queue.isEmpty()) {
                long u = queue.pop();
                if (overlapsOwnValueBelow(u, v, series)) {
                    if (series.containsKey(u)) {
                        excluded.putIfAbsent(u, PartialReason.OVERLAPS_NEWER_VALUE);
                    }
                    for (Unit c : reform.children(u)) {
                        Set<Long> r = reform.reach(c.id());
                        if (!r.isEmpty()) {
                            long h = home(r);
                            if (h == v.id()) {
                                queue.add(c.id());
                            } else {
                                hung.computeIfAbsent(h, k -> new ArrayList<>()).add(c.id());
                            }
                        }
                    }
                } else {
                    acc.add(old(u, series));
                }
            }
            for (Unit c : currentChildren.getOrDefault(v.id(), List.of())) {
                acc.add(current(c, series, hung));
            }
            return acc;
        }

        /** A current unit strictly below {@code v} reports its own value on territory the old unit also covers. */
        private boolean overlapsOwnValueBelow(long oldId, Unit v, Map<Long, BigDecimal> series) {
            Set<Long> r = reform.reach(oldId);
            for (long w : series.keySet()) {
                Unit n = s.current().get(w);
                if (n == null || n.id() == v.id() || !n.within(v)) {
                    continue;
                }
                for (long e : r) {
                    Unit succ = reform.end(e);
                    if (succ.within(n) || n.within(succ)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The deepest current unit containing every successor: the common prefix of their paths. */
        private long home(Set<Long> successors) {
            String[] common = null;
            int len = 0;
            for (long id : successors) {
                String[] p = reform.end(id).path().split("/");
                if (common == null) {
                    common = p;
                    len = p.length;
                } else {
                    int i = 0;
                    while (i < len && i < p.length && common[i].equals(p[i])) {
                        i++;
                    }
                    len = i;
                }
            }
            return Long.parseLong(common[len - 1]);
        }
    }

    Mapping mapping(Unit target) {
        return new Mapping(target);
    }

    /** Own value, else the sum of its children's figures, inside the pre-reform tree. */
    private Acc old(long u, Map<Long, BigDecimal> series) {
        BigDecimal own = series.get(u);
        if (own != null) {
            return new Acc(own, Set.of(u));
        }
        Acc acc = new Acc(null, new LinkedHashSet<>());
        for (Unit c : reform.children(u)) {
            acc.add(old(c.id(), series));
        }
        return acc;
    }

    private static void index(Map<Long, Unit> nodes, Map<Long, List<Unit>> children) {
        for (Unit n : nodes.values()) {
            if (n.parentId() != null && nodes.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Unit::code).thenComparing(Unit::id)));
    }

    /** A running sum that stays null until something contributes. */
    private static final class Acc {
        BigDecimal sum;
        final Set<Long> contributors;

        Acc(BigDecimal sum, Set<Long> contributors) {
            this.sum = sum;
            this.contributors = contributors;
        }

        void add(Acc other) {
            if (other.sum != null) {
                sum = sum == null ? other.sum : sum.add(other.sum);
                contributors.addAll(other.contributors);
            }
        }
    }
}
