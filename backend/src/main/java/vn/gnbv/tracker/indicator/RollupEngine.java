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
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialReason;
import vn.gnbv.tracker.indicator.RollupData.Node;
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
    private final Map<Long, List<Node>> currentChildren = new HashMap<>();
    private final Map<Long, List<Node>> oldChildren = new HashMap<>();
    private final Map<Long, Set<Long>> reach = new HashMap<>();

    RollupEngine(Snapshot snapshot) {
        this.s = snapshot;
        index(s.current(), currentChildren);
        index(s.old(), oldChildren);
        for (long root : s.oldRoots()) {
            if (s.old().containsKey(root)) {
                reach(root);
            }
        }
    }

    /** Where each counted pre-reform unit hangs, and the partially-succeeded ones, for one target. */
    final class Mapping {
        final Node target;
        final Map<Long, List<Long>> hanging = new HashMap<>();
        final Map<Long, PartialReason> excluded = new LinkedHashMap<>();
        final Set<Long> partial = new LinkedHashSet<>();

        Mapping(Node target) {
            this.target = target;
            for (long root : s.oldRoots()) {
                if (s.old().containsKey(root)) {
                    visit(root);
                }
            }
        }

        private void visit(long oldId) {
            Set<Long> all = reach.getOrDefault(oldId, Set.of());
            long inside = all.stream().filter(this::inside).count();
            if (inside == 0) {
                return;
            }
            if (inside == all.size()) {
                hanging.computeIfAbsent(home(all), k -> new ArrayList<>()).add(oldId);
                return;
            }
            partial.add(oldId);
            oldChildren.getOrDefault(oldId, List.of()).forEach(c -> visit(c.id()));
        }

        boolean inside(long successorId) {
            return s.successorNodes().get(successorId).within(target);
        }

        List<Node> successorsOf(long oldId) {
            return reach.getOrDefault(oldId, Set.of()).stream()
                    .map(s.successorNodes()::get)
                    .sorted(Comparator.comparing(Node::code))
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

        private Acc current(Node v, Map<Long, BigDecimal> series, Map<Long, List<Long>> hung) {
            BigDecimal own = series.get(v.id());
            if (own != null) {
                return new Acc(own, Set.of(v.id()));
            }
            return childrenOf(v, series, hung);
        }

        private Acc childrenOf(Node v, Map<Long, BigDecimal> series, Map<Long, List<Long>> hung) {
            Acc acc = new Acc(null, new LinkedHashSet<>());
            Deque<Long> queue = new ArrayDeque<>(hung.getOrDefault(v.id(), List.of()));
            while (!queue.isEmpty()) {
                long u = queue.pop();
                if (overlapsOwnValueBelow(u, v, series)) {
                    if (series.containsKey(u)) {
                        excluded.putIfAbsent(u, PartialReason.OVERLAPS_NEWER_VALUE);
                    }
                    for (Node c : oldChildren.getOrDefault(u, List.of())) {
                        Set<Long> r = reach.getOrDefault(c.id(), Set.of());
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
            for (Node c : currentChildren.getOrDefault(v.id(), List.of())) {
                acc.add(current(c, series, hung));
            }
            return acc;
        }

        /** A current unit strictly below {@code v} reports its own value on territory the old unit also covers. */
        private boolean overlapsOwnValueBelow(long oldId, Node v, Map<Long, BigDecimal> series) {
            Set<Long> r = reach.getOrDefault(oldId, Set.of());
            for (long w : series.keySet()) {
                Node n = s.current().get(w);
                if (n == null || n.id() == v.id() || !n.within(v)) {
                    continue;
                }
                for (long e : r) {
                    Node succ = s.successorNodes().get(e);
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
                String[] p = s.successorNodes().get(id).path().split("/");
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

    Mapping mapping(Node target) {
        return new Mapping(target);
    }

    /** Own value, else the sum of its children's figures, inside the pre-reform tree. */
    private Acc old(long u, Map<Long, BigDecimal> series) {
        BigDecimal own = series.get(u);
        if (own != null) {
            return new Acc(own, Set.of(u));
        }
        Acc acc = new Acc(null, new LinkedHashSet<>());
        for (Node c : oldChildren.getOrDefault(u, List.of())) {
            acc.add(old(c.id(), series));
        }
        return acc;
    }

    /** Successors of an old unit and of all its descendants (memoised, bottom-up). */
    private Set<Long> reach(long oldId) {
        Set<Long> r = new LinkedHashSet<>(s.successors().getOrDefault(oldId, Set.of()));
        for (Node c : oldChildren.getOrDefault(oldId, List.of())) {
            r.addAll(reach(c.id()));
        }
        reach.put(oldId, r);
        return r;
    }

    private static void index(Map<Long, Node> nodes, Map<Long, List<Node>> children) {
        for (Node n : nodes.values()) {
            if (n.parentId() != null && nodes.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Node::code).thenComparing(Node::id)));
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
