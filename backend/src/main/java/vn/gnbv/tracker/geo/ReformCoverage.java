package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which superseded units a unit valid at {@code asOf} stands for. Data reported under pre-reform units must roll up
 * into their successors: an old unit counts toward a target when every unit its successions lead to (its own and its
 * descendants', followed to the units valid at asOf) lies inside the target's subtree. One that is split between the
 * target and elsewhere (PARTIAL successions) is reported instead of being counted — never counted twice.
 *
 * <p>Set-based and index-driven: it starts from the succession links landing in the target's subtree, then reads the
 * links of the old provinces they come from (a province at most: 26 ms for new Lai Châu, 53 ms for new Hà Nội). One
 * reform step is followed; a unit superseded twice would need its links chained first.
 */
@ApplicationScoped
public class ReformCoverage {
    /**
     * A superseded unit touching the target. {@code whole}: all its successors are inside. {@code childId}: the child
     * of the target holding all of its successors, or null when they spread over several children.
     */
    public record Covered(long unitId, boolean whole, Long childId) {}

    @Inject
    EntityManager em;

    /** Superseded units whose successors reach into {@code target}'s subtree; empty before the reform. */
    public List<Covered> of(UnitLookup.Unit target, LocalDate asOf) {
        int depth = target.path().split("/").length; // '/a/b/' → ["", "a", "b"]: the child's id is segment depth
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
        with touching as (
          select distinct s.predecessor_id as id from unit_succession s join admin_unit n on n.id = s.successor_id
           where n.path like ?1),
        roots as (select distinct split_part(p.path, '/', 2) as root from touching t join admin_unit p on p.id = t.id),
        links as (
          select d.path as dpath, n.path as npath from unit_succession s
            join admin_unit d on d.id = s.predecessor_id
            join admin_unit n on n.id = s.successor_id
           where split_part(d.path, '/', 2) in (select root from roots)),
        expanded as (
          select cast(unnest(string_to_array(trim(both '/' from l.dpath), '/')) as bigint) as anc, l.npath
            from links l)
        select e.anc, bool_and(e.npath like ?1),
               case when count(distinct split_part(e.npath, '/', ?3)) = 1 and bool_and(e.npath like ?1)
                    then min(split_part(e.npath, '/', ?3)) end
          from expanded e join admin_unit a on a.id = e.anc
         where not (a.valid_from <= ?2 and (a.valid_to is null or a.valid_to >= ?2))
         group by e.anc
        having bool_or(e.npath like ?1)""")
                .setParameter(1, target.path() + "%")
                .setParameter(2, asOf)
                .setParameter(3, depth + 1)
                .getResultList();
        List<Covered> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String child = (String) r[2];
            out.add(new Covered(
                    ((Number) r[0]).longValue(),
                    (Boolean) r[1],
                    child == null || child.isEmpty() ? null : Long.valueOf(child)));
        }
        return out;
    }

    /** The ids of {@code covered} that are wholly inside, as a PostgreSQL array literal for {@code any(?)}. */
    public static String wholeIds(List<Covered> covered) {
        return covered.stream()
                .filter(Covered::whole)
                .map(c -> String.valueOf(c.unitId()))
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
