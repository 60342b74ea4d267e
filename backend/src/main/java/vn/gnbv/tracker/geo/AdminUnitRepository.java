package vn.gnbv.tracker.geo;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.geo.UnitViews.UnitSummary;

/**
 * The {@code admin_unit} table: Panache for the entity, and its set-based reads (keyset lists, ancestry, unit
 * versions by code or id, subtrees). Paths hold only digits and '/', so a subtree is a LIKE prefix with no wildcard.
 */
@ApplicationScoped
public class AdminUnitRepository implements PanacheRepository<AdminUnit> {
    /** The last row of the previous page in list order (code, validFrom, id). */
    public record After(String code, LocalDate validFrom, long id) {}

    private static final String UNIT_COLS = "u.id, u.code, u.name, u.level, u.path, u.valid_from, u.valid_to";

    /** Writes a new unit and reads back what the database derived (path, folded name). */
    void insert(AdminUnit u) {
        persist(u);
        flush();
        getEntityManager().refresh(u);
    }

    /** Writes the changes made to a managed unit and reads back its path (a new parent moves the subtree). */
    void update(AdminUnit u) {
        flush();
        getEntityManager().refresh(u);
    }

    void remove(AdminUnit u) {
        delete(u);
        flush();
    }

    /** {@code visible}: the caller's condition over {@code u.path} (literals built by security, never input). */
    List<UnitSummary> list(UnitFilter f, After after, int fetch, String visible) {
        StringBuilder sql = new StringBuilder("""
        select u.id, u.code, u.name, u.unit_type, u.level, u.valid_from, u.valid_to, u.poor_district,
               u.especially_difficult, u.urban_rural, u.version, p.id, p.code, p.name, p.level
          from admin_unit u left join admin_unit p on p.id = u.parent_id
         where""").append(' ').append(visible);
        Map<String, Object> params = new HashMap<>();
        filter(sql, params, f.level() == null ? null : f.level().name(), " and u.level = :level", "level");
        filter(sql, params, f.parentId(), " and u.parent_id = :parentId", "parentId");
        filter(
                sql,
                params,
                f.ancestorId(),
                " and u.path like (select a.path from admin_unit a where a.id = :ancestorId) || '%'"
                        + " and u.id <> :ancestorId",
                "ancestorId");
        filter(sql, params, f.code(), " and u.code = :code", "code");
        // Fold the query like the column (NFC, unaccent, đ → d, lower), then escape LIKE wildcards in it.
        filter(
                sql,
                params,
                f.q(),
                " and u.name_folded like '%' || replace(replace(replace(gnbv_fold(:q), '\\', '\\\\'),"
                        + " '%', '\\%'), '_', '\\_') || '%'",
                "q");
        filter(
                sql,
                params,
                f.asOf(),
                " and u.valid_from <= :asOf and (u.valid_to is null or u.valid_to >= :asOf)",
                "asOf");
        filter(sql, params, f.poorDistrict(), " and u.poor_district = :poor", "poor");
        filter(sql, params, f.especiallyDifficult(), " and u.especially_difficult = :ebkk", "ebkk");
        if (after != null) {
            sql.append(" and (u.code, u.valid_from, u.id) > (cast(:afterCode as varchar), :afterFrom, :afterId)");
            params.put("afterCode", after.code());
            params.put("afterFrom", after.validFrom());
            params.put("afterId", after.id());
        }
        sql.append(" order by u.code, u.valid_from, u.id limit :fetch");
        params.put("fetch", fetch);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<UnitSummary> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            UnitRef parent = r[11] == null ? null : ref(r, 11);
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

    private static void filter(StringBuilder sql, Map<String, Object> params, Object value, String cond, String name) {
        if (value != null) {
            sql.append(cond);
            params.put(name, value);
        }
    }

    /** The unit's ancestors from the root down to its parent, read off its materialised path. */
    List<UnitRef> ancestors(AdminUnit u) {
        List<Long> ids = Arrays.stream(u.path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> !id.equals(u.id))
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery("select id, code, name, level from admin_unit where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList()) {
            UnitRef ref = ref((Object[]) row, 0);
            byId.put(ref.id(), ref);
        }
        return ids.stream().map(byId::get).toList();
    }

    long childCount(long id) {
        return count("parentId", id);
    }

    /** Children whose validity would fall outside [from, to] (to null = open-ended). */
    long childrenOutside(long id, LocalDate from, LocalDate to) {
        return to == null
                ? count("parentId = ?1 and validFrom < ?2", id, from)
                : count("parentId = ?1 and (validFrom < ?2 or validTo is null or validTo > ?3)", id, from, to);
    }

    /** What still refers to the unit, in words for the 409 message; empty when it can be deleted. */
    List<String> references(long id) {
        Object[] r = (Object[])
                getEntityManager().createNativeQuery("""
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

    /** The version with this code valid on {@code at} (at most one: the database forbids overlaps). */
    Optional<UnitLookup.Unit> validAt(String code, LocalDate at) {
        return units("where u.code = ?1 and u.valid_from <= ?2 and (u.valid_to is null or u.valid_to >= ?2)", code, at)
                .stream()
                .findFirst();
    }

    Optional<UnitLookup.Unit> unit(long id) {
        return units("where u.id = ?1", id).stream().findFirst();
    }

    /** The provinces valid at {@code at}, by code: the nation's children. */
    List<UnitLookup.Unit> provincesAt(LocalDate at) {
        return units(
                "where u.level = 'PROVINCE' and u.valid_from <= ?1 and (u.valid_to is null or u.valid_to >= ?1)"
                        + " order by u.code",
                at);
    }

    /** Every version of the unit with this code. */
    List<UnitLookup.Unit> versions(String code) {
        return units("where u.code = ?1", code);
    }

    List<String> paths(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> paths = getEntityManager()
                .createNativeQuery("select path from admin_unit where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        return paths;
    }

    /**
     * The units below the subtree {@code path} valid on {@code at} whose name, folded like the column (NFC, unaccent,
     * đ → d, lower), is {@code name} — with or without its type word ("xã Mường So" and "Mường So" alike).
     */
    List<UnitLookup.Unit> named(String path, String name, LocalDate at) {
        return units(
                "where u.path like ?1 and u.path <> ?1 and u.valid_from <= ?3 and (u.valid_to is null or u.valid_to >= ?3)"
                        + " and (u.name_folded = gnbv_fold(?2) or u.name_folded like '% ' || gnbv_fold(?2))",
                path + "%", name, at);
    }

    /** The units of a subtree given by its path prefix ('/12/'). */
    List<UnitLookup.Unit> subtree(String path) {
        return units("where u.path like ?1", path + "%");
    }

    /** Units under these roots that ended before {@code asOf}, outside the subtree {@code except}. */
    List<UnitLookup.Unit> supersededUnder(Collection<Long> roots, String except, LocalDate asOf) {
        if (roots.isEmpty()) {
            return List.of();
        }
        // One LIKE per root keeps each an index range scan on the path index.
        String under = String.join(
                " or ", roots.stream().map(r -> "u.path like '/" + r + "/%'").toList());
        return units("where (" + under + ") and u.path not like ?1 and u.valid_to < ?2", except + "%", asOf);
    }

    private List<UnitLookup.Unit> units(String where, Object... args) {
        Query q = getEntityManager().createNativeQuery("select " + UNIT_COLS + " from admin_unit u " + where);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        List<UnitLookup.Unit> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add(unit((Object[]) row, 0));
        }
        return out;
    }

    /** A unit from {@link #UNIT_COLS} starting at column {@code at}. */
    static UnitLookup.Unit unit(Object[] r, int at) {
        return new UnitLookup.Unit(
                num(r[at]),
                (String) r[at + 1],
                (String) r[at + 2],
                UnitLevel.valueOf((String) r[at + 3]),
                (String) r[at + 4],
                date(r[at + 5]),
                date(r[at + 6]));
    }

    static UnitRef ref(Object[] r, int at) {
        return new UnitRef(num(r[at]), (String) r[at + 1], (String) r[at + 2], UnitLevel.valueOf((String) r[at + 3]));
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
