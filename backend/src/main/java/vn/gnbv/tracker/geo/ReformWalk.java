package vn.gnbv.tracker.geo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one walk over reform successions, shared by funding summaries, indicator roll-ups and caller scope. From each
 * superseded unit it follows the succession links forward, through every later reform, to the units where its
 * territory is at {@code asOf}: a successor that is still valid then, or one whose trail ends there. Units already
 * visited are not visited again, so a cycle in the links cannot loop.
 *
 * <p>FULL and PARTIAL: a PARTIAL link is one piece of a split unit, its other pieces being its other links. A
 * superseded unit counts toward a target when every piece of it and of its descendants ends inside the target (then
 * nothing is counted twice); a split anywhere on a chain whose pieces end on both sides of the target makes it
 * partial there. A unit merged twice (A → B, later B → C) ends in C.
 *
 * <p>Pure: the neighbourhood is loaded by {@link ReformCoverage}; this holds no database access.
 */
public final class ReformWalk {
    /** A succession link as the walk reads it: the successor with its validity and path. */
    public record Link(long predecessorId, UnitLookup.Unit successor) {}

    private final LocalDate asOf;
    private final Map<Long, UnitLookup.Unit> old = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();
    private final Map<Long, List<UnitLookup.Unit>> children = new HashMap<>();
    private final Map<Long, List<UnitLookup.Unit>> next = new HashMap<>();
    private final Map<Long, UnitLookup.Unit> ends = new HashMap<>();
    private final Map<Long, Set<Long>> reach = new HashMap<>();

    /**
     * @param old the superseded units of the trees whose successions lead into the target (outside its subtree)
     * @param links every link reachable forwards from them
     */
    public ReformWalk(LocalDate asOf, Collection<UnitLookup.Unit> old, Collection<Link> links) {
        this.asOf = asOf;
        old.forEach(u -> this.old.put(u.id(), u));
        for (UnitLookup.Unit u : old) {
            Long parent = u.parentId();
            if (parent != null && this.old.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u.id());
            }
        }
        children.values()
                .forEach(l -> l.sort(Comparator.comparing(UnitLookup.Unit::code).thenComparing(UnitLookup.Unit::id)));
        roots.sort(Comparator.naturalOrder());
        for (Link l : links) {
            next.computeIfAbsent(l.predecessorId(), k -> new ArrayList<>()).add(l.successor());
        }
    }

    /** Superseded units by id. */
    public Map<Long, UnitLookup.Unit> old() {
        return old;
    }

    /** The topmost superseded units: those whose parent is not superseded too. */
    public List<Long> roots() {
        return roots;
    }

    /** Superseded children of a superseded unit, by code. */
    public List<UnitLookup.Unit> children(long oldId) {
        return children.getOrDefault(oldId, List.of());
    }

    /** A unit some territory ends in (found by {@link #ends} or {@link #reach}). */
    public UnitLookup.Unit end(long id) {
        return ends.get(id);
    }

    /** Where the territory of {@code unitId} itself is at asOf, following its links over every reform. */
    public Set<Long> ends(long unitId) {
        Set<Long> out = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>(Set.of(unitId));
        Deque<UnitLookup.Unit> todo = new ArrayDeque<>(next.getOrDefault(unitId, List.of()));
        while (!todo.isEmpty()) {
            UnitLookup.Unit s = todo.pop();
            if (!seen.add(s.id())) {
                continue;
            }
            List<UnitLookup.Unit> onward = next.getOrDefault(s.id(), List.of());
            boolean superseded = s.validTo() != null && s.validTo().isBefore(asOf);
            if (!superseded || onward.isEmpty()) {
                ends.putIfAbsent(s.id(), s);
                out.add(s.id());
            } else {
                onward.forEach(todo::push);
            }
        }
        return out;
    }

    /** Where the territory of a superseded unit and of all its descendants is at asOf (memoised). */
    public Set<Long> reach(long oldId) {
        Set<Long> r = reach.get(oldId);
        if (r == null) {
            r = new LinkedHashSet<>(ends(oldId));
            for (UnitLookup.Unit c : children(oldId)) {
                r.addAll(reach(c.id()));
            }
            reach.put(oldId, r);
        }
        return r;
    }

    /**
     * Superseded units whose territory reaches into {@code target}: whole when all of it ends inside, with the child
     * of the target holding all of it (null when it spreads over several children or lands on the target itself).
     */
    public List<ReformCoverage.Covered> covered(UnitLookup.Unit target) {
        int depth = target.path().split("/").length; // '/a/b/' → ["", "a", "b"]: a child's id is segment [depth]
        List<ReformCoverage.Covered> out = new ArrayList<>();
        for (long id : old.keySet().stream().sorted().toList()) {
            Set<String> childIds = new HashSet<>();
            int inside = 0;
            Set<Long> r = reach(id);
            for (long e : r) {
                String path = ends.get(e).path();
                if (path.startsWith(target.path())) {
                    inside++;
                    String[] seg = path.split("/");
                    childIds.add(seg.length > depth ? seg[depth] : "");
                }
            }
            if (inside == 0) {
                continue;
            }
            boolean whole = inside == r.size();
            String child = whole && childIds.size() == 1 ? childIds.iterator().next() : "";
            out.add(new ReformCoverage.Covered(id, whole, child.isEmpty() ? null : Long.valueOf(child)));
        }
        return out;
    }
}
