package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;

/**
 * Loads, with a handful of set-based queries, everything a roll-up to one target needs: the target's subtree, the
 * pre-reform units whose successions lead into it (whole old provinces, so "partly outside" can be seen), each old
 * unit's successors valid at {@code asOf}, and the values of the indicators involved. The arithmetic happens in
 * memory in {@link RollupEngine}: a province is a few hundred units.
 */
@ApplicationScoped
public class RollupData {
    public record Node(
            long id,
            String code,
            String name,
            UnitLevel level,
            Long parentId,
            String path,
            LocalDate validFrom,
            LocalDate validTo) {
        boolean validAt(LocalDate d) {
            return !validFrom.isAfter(d) && (validTo == null || !validTo.isBefore(d));
        }

        boolean within(Node ancestor) {
            return path.startsWith(ancestor.path);
        }
    }

    /** The loaded neighbourhood of one target. */
    public record Snapshot(
            Map<Long, Node> current,
            Map<Long, Node> old,
            List<Long> oldRoots,
            Map<Long, Set<Long>> successors,
            Map<Long, Node> successorNodes,
            Map<Long, Map<Long, BigDecimal>> values) {
        public Map<Long, BigDecimal> series(long indicatorId) {
            return values.getOrDefault(indicatorId, Map.of());
        }
    }

    private static final String NODE_COLS =
            "u.id, u.code, u.name, u.level, u.parent_id, u.path, u.valid_from," + " u.valid_to";
    private static final String VALID_AT = "%1$s.valid_from <= ?2 and (%1$s.valid_to is null or %1$s.valid_to >= ?2)";

    @Inject
    EntityManager em;

    @Inject
    IndicatorValueRepository values;

    public Snapshot load(
            UnitLookup.Unit target,
            LocalDate asOf,
            Collection<Long> indicatorIds,
            Period period,
            ValueKind kind,
            String category) {
        String subtree = target.path() + "%";
        Map<Long, Node> current =
                nodes(em.createNativeQuery("select " + NODE_COLS + " from admin_unit u where u.path like ?1")
                        .setParameter(1, subtree)
                        .getResultList());

        // Old provinces (roots) any of whose units' successions, followed to the units valid at asOf, end inside.
        @SuppressWarnings("unchecked")
        List<Number> roots = em.createNativeQuery("""
        with recursive back(pred_id, depth) as (
          select s.predecessor_id, 1 from unit_succession s join admin_unit n on n.id = s.successor_id
           where n.path like ?1
          union
          select s.predecessor_id, b.depth + 1 from unit_succession s join back b on s.successor_id = b.pred_id
           where b.depth < 10)
        select distinct cast(split_part(u.path, '/', 2) as bigint)
          from back b join admin_unit u on u.id = b.pred_id where u.path not like ?1""").setParameter(1, subtree).getResultList();
        List<Long> oldRoots = roots.stream().map(Number::longValue).sorted().toList();

        Map<Long, Node> old = new HashMap<>();
        Map<Long, Set<Long>> successors = new HashMap<>();
        Map<Long, Node> successorNodes = new HashMap<>();
        String inOld = oldRoots.isEmpty()
                ? "false"
                : String.join(
                        " or ",
                        oldRoots.stream().map(r -> "o.path like '/" + r + "/%'").toList());
        if (!oldRoots.isEmpty()) {
            old.putAll(nodes(em.createNativeQuery("select " + NODE_COLS.replace("u.", "o.")
                            + " from admin_unit o where (" + inOld + ") and o.path not like ?1")
                    .setParameter(1, subtree)
                    .getResultList()));
            @SuppressWarnings("unchecked")
            List<Object[]> links = em.createNativeQuery(
                            """
          with recursive fwd(pred_id, succ_id, depth) as (
            select s.predecessor_id, s.successor_id, 1 from unit_succession s
              join admin_unit o on o.id = s.predecessor_id where (%s) and o.path not like ?1
            union all
            select f.pred_id, s.successor_id, f.depth + 1 from fwd f join admin_unit m on m.id = f.succ_id
              join unit_succession s on s.predecessor_id = f.succ_id
             where f.depth < 10 and not (%s))
          select distinct f.pred_id, %s from fwd f join admin_unit u on u.id = f.succ_id where %s""".formatted(inOld, VALID_AT.formatted("m"), NODE_COLS, VALID_AT.formatted("u")))
                    .setParameter(1, subtree)
                    .setParameter(2, asOf)
                    .getResultList();
            for (Object[] r : links) {
                Node n = node(r, 1);
                successorNodes.putIfAbsent(n.id(), n);
                successors
                        .computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashSet<>())
                        .add(n.id());
            }
        }
        List<Long> unitIds = new ArrayList<>(current.keySet());
        unitIds.addAll(old.keySet());
        return new Snapshot(
                current,
                old,
                oldRoots,
                successors,
                successorNodes,
                values.series(unitIds, indicatorIds, period, kind, category));
    }

    private static Map<Long, Node> nodes(List<?> rows) {
        Map<Long, Node> m = new HashMap<>();
        for (Object r : rows) {
            Node n = node((Object[]) r, 0);
            m.put(n.id(), n);
        }
        return m;
    }

    private static Node node(Object[] r, int o) {
        return new Node(
                ((Number) r[o]).longValue(),
                (String) r[o + 1],
                (String) r[o + 2],
                UnitLevel.valueOf((String) r[o + 3]),
                r[o + 4] == null ? null : ((Number) r[o + 4]).longValue(),
                (String) r[o + 5],
                IndicatorValueRepository.date(r[o + 6]),
                IndicatorValueRepository.date(r[o + 7]));
    }

    /** Children of {@code parentId} among {@code nodes}, ordered by code. */
    static List<Node> childrenOf(Map<Long, Node> nodes, long parentId) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.parentId() != null && n.parentId() == parentId) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(Node::code).thenComparing(Node::id));
        return out;
    }
}
