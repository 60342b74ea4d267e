package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.geo.UnitViews.SuccessionLink;
import vn.gnbv.tracker.geo.UnitViews.UnitSummary;

/** Read-side SQL of the geo feature: filtered keyset lists, ancestry, successions, references to a unit. */
@ApplicationScoped
public class UnitQueries {
    /** The last row of the previous page in list order (code, validFrom, id). */
    public record After(String code, LocalDate validFrom, long id) {}

    @Inject
    EntityManager em;

    /** {@code visible}: the caller's condition over {@code u.path} (CallerScope, literals we built). */
    public List<UnitSummary> list(UnitFilter f, After after, int fetch, String visible) {
        StringBuilder sql = new StringBuilder("""
        select u.id, u.code, u.name, u.unit_type, u.level, u.valid_from, u.valid_to, u.poor_district,
               u.especially_difficult, u.urban_rural, u.version, p.id, p.code, p.name, p.level
          from admin_unit u left join admin_unit p on p.id = u.parent_id
         where""").append(' ').append(visible);
        Map<String, Object> params = new HashMap<>();
        if (f.level() != null) {
            sql.append(" and u.level = :level");
            params.put("level", f.level().name());
        }
        if (f.parentId() != null) {
            sql.append(" and u.parent_id = :parentId");
            params.put("parentId", f.parentId());
        }
        if (f.ancestorId() != null) {
            // Materialised path: the subtree is a prefix match (paths hold only digits and '/', no LIKE wildcards).
            sql.append(" and u.path like (select a.path from admin_unit a where a.id = :ancestorId) || '%'"
                    + " and u.id <> :ancestorId");
            params.put("ancestorId", f.ancestorId());
        }
        if (f.code() != null) {
            sql.append(" and u.code = :code");
            params.put("code", f.code());
        }
        if (f.q() != null) {
            // Fold the query like the column (NFC, unaccent, đ → d, lower), then escape LIKE wildcards in it.
            sql.append(" and u.name_folded like '%' || replace(replace(replace(gnbv_fold(:q), '\\', '\\\\'),"
                    + " '%', '\\%'), '_', '\\_') || '%'");
            params.put("q", f.q());
        }
        if (f.asOf() != null) {
            sql.append(" and u.valid_from <= :asOf and (u.valid_to is null or u.valid_to >= :asOf)");
            params.put("asOf", f.asOf());
        }
        if (f.poorDistrict() != null) {
            sql.append(" and u.poor_district = :poor");
            params.put("poor", f.poorDistrict());
        }
        if (f.especiallyDifficult() != null) {
            sql.append(" and u.especially_difficult = :ebkk");
            params.put("ebkk", f.especiallyDifficult());
        }
        if (after != null) {
            sql.append(" and (u.code, u.valid_from, u.id) > (cast(:afterCode as varchar), :afterFrom, :afterId)");
            params.put("afterCode", after.code());
            params.put("afterFrom", after.validFrom());
            params.put("afterId", after.id());
        }
        sql.append(" order by u.code, u.valid_from, u.id limit :fetch");
        params.put("fetch", fetch);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<UnitSummary> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            UnitRef parent = r[11] == null
                    ? null
                    : new UnitRef(num(r[11]), (String) r[12], (String) r[13], UnitLevel.valueOf((String) r[14]));
            out.add(new UnitSummary(
                    num(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    UnitLevel.valueOf((String) r[4]),
                    parent,
                    date(r[5]),
                    date(r[6]),
                    (Boolean) r[7],
                    (Boolean) r[8],
                    r[9] == null ? null : UrbanRural.valueOf((String) r[9]),
                    num(r[10])));
        }
        return out;
    }

    /** The unit's ancestors from the root down to its parent, read off its materialised path. */
    public List<UnitRef> ancestors(AdminUnit u) {
        List<Long> ids = Arrays.stream(u.path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> !id.equals(u.id))
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select id, code, name, level from admin_unit where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList()) {
            UnitRef ref = ref((Object[]) row, 0);
            byId.put(ref.id(), ref);
        }
        return ids.stream().map(byId::get).toList();
    }

    public long childCount(long id) {
        return num(em.createNativeQuery("select count(*) from admin_unit where parent_id = :id")
                .setParameter("id", id)
                .getSingleResult());
    }

    /** Children whose validity would fall outside [from, to] (to null = open-ended). */
    public long childrenOutside(long id, LocalDate from, LocalDate to) {
        String outside =
                to == null ? "valid_from < :from" : "(valid_from < :from or valid_to is null or valid_to > :to)";
        Query q = em.createNativeQuery("select count(*) from admin_unit where parent_id = :id and " + outside)
                .setParameter("id", id)
                .setParameter("from", from);
        if (to != null) {
            q.setParameter("to", to);
        }
        return num(q.getSingleResult());
    }

    /** Links into ({@code predecessors}) or out of the unit, each with the unit at the other end, by code. */
    public List<SuccessionLink> successions(long id, boolean predecessors) {
        String self = predecessors ? "successor_id" : "predecessor_id";
        String other = predecessors ? "predecessor_id" : "successor_id";
        List<SuccessionLink> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select o.id, o.code, o.name, o.level, s.kind, s.effective_date"
                        + " from unit_succession s join admin_unit o on o.id = s." + other
                        + " where s." + self + " = :id order by o.code, o.valid_from, o.id")
                .setParameter("id", id)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new SuccessionLink(ref(r, 0), UnitSuccession.Kind.valueOf((String) r[4]), date(r[5])));
        }
        return out;
    }

    /** What still refers to the unit, in words for the 409 message; empty when it can be deleted. */
    public List<String> references(long id) {
        Object[] r = (Object[]) em.createNativeQuery("""
        select exists (select 1 from admin_unit where parent_id = :id),
               exists (select 1 from unit_succession where predecessor_id = :id or successor_id = :id),
               exists (select 1 from funding_line where unit_id = :id),
               exists (select 1 from indicator_value where unit_id = :id),
               exists (select 1 from local_project where unit_id = :id)""").setParameter("id", id).getSingleResult();
        String[] names = {"child units", "successions", "funding lines", "indicator values", "local projects"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (Boolean.TRUE.equals(r[i])) {
                out.add(names[i]);
            }
        }
        return out;
    }

    private static UnitRef ref(Object[] r, int at) {
        return new UnitRef(num(r[at]), (String) r[at + 1], (String) r[at + 2], UnitLevel.valueOf((String) r[at + 3]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
