package vn.gnbv.tracker.geo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.gnbv.tracker.geo.UnitViews.SuccessionLink;

/**
 * The {@code unit_succession} table: Panache for the entity, and the set-based reads that find a reform's
 * neighbourhood. The recursive queries use UNION, not UNION ALL, so a cycle in the links ends them.
 */
@ApplicationScoped
public class UnitSuccessionRepository implements PanacheRepositoryBase<UnitSuccession, UnitSuccession.Key> {
    void insert(UnitSuccession s) {
        persist(s);
        flush();
    }

    /** Links into ({@code predecessors}) or out of the unit, each with the unit at the other end, by code. */
    List<SuccessionLink> of(long id, boolean predecessors) {
        String self = predecessors ? "successor_id" : "predecessor_id";
        String other = predecessors ? "predecessor_id" : "successor_id";
        List<SuccessionLink> out = new ArrayList<>();
        for (Object row : getEntityManager()
                .createNativeQuery("select o.id, o.code, o.name, o.level, s.kind, s.effective_date"
                        + " from unit_succession s join admin_unit o on o.id = s." + other
                        + " where s." + self + " = :id order by o.code, o.valid_from, o.id")
                .setParameter("id", id)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new SuccessionLink(
                    AdminUnitRepository.ref(r, 0),
                    UnitSuccession.Kind.valueOf((String) r[4]),
                    AdminUnitRepository.date(r[5])));
        }
        return out;
    }

    /**
     * The provinces (root ids) of every unit whose successions lead, over any number of reforms, into the subtree
     * {@code path}, outside that subtree.
     */
    List<Long> rootsLeadingInto(String path) {
        @SuppressWarnings("unchecked")
        List<Number> roots = getEntityManager()
                .createNativeQuery("""
        with recursive back(id) as (
          select s.predecessor_id from unit_succession s join admin_unit n on n.id = s.successor_id
           where n.path like ?1
          union
          select s.predecessor_id from unit_succession s join back b on s.successor_id = b.id)
        select distinct cast(split_part(u.path, '/', 2) as bigint)
          from back b join admin_unit u on u.id = b.id where u.path not like ?1""")
                .setParameter(1, path + "%")
                .getResultList();
        return roots.stream().map(Number::longValue).sorted().toList();
    }

    /** Every link reachable forwards from the units in {@code fromIds}, however many reforms it takes. */
    List<ReformWalk.Link> linksFrom(Collection<Long> fromIds) {
        if (fromIds.isEmpty()) {
            return List.of();
        }
        String ids = fromIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        List<ReformWalk.Link> out = new ArrayList<>();
        for (Object row :
                getEntityManager().createNativeQuery("""
        with recursive fwd(pred_id, succ_id) as (
          select predecessor_id, successor_id from unit_succession where predecessor_id = any(cast(?1 as bigint[]))
          union
          select s.predecessor_id, s.successor_id from fwd f join unit_succession s on s.predecessor_id = f.succ_id)
        select f.pred_id, u.id, u.code, u.name, u.level, u.path, u.valid_from, u.valid_to
          from fwd f join admin_unit u on u.id = f.succ_id""").setParameter(1, ids).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ReformWalk.Link(AdminUnitRepository.num(r[0]), AdminUnitRepository.unit(r, 1)));
        }
        return out;
    }

    /** Paths of the units all of whose predecessors lie inside the subtree {@code path}. */
    List<String> formedWhollyFrom(String path) {
        @SuppressWarnings("unchecked")
        List<String> paths = getEntityManager()
                .createNativeQuery("""
        with touched as (
          select distinct s.successor_id from unit_succession s join admin_unit o on o.id = s.predecessor_id
           where o.path like ?1)
        select n.path from touched t join admin_unit n on n.id = t.successor_id
          join unit_succession s on s.successor_id = n.id join admin_unit o on o.id = s.predecessor_id
         group by n.path having bool_and(o.path like ?1)""")
                .setParameter(1, path + "%")
                .getResultList();
        return paths;
    }
}
