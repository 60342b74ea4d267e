package vn.gnbv.tracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.gnbv.tracker.geo.ReformCoverage;
import vn.gnbv.tracker.geo.UnitLookup;

/**
 * Turns the unit codes of a token into the set of subtrees (materialised path prefixes) the principal may see.
 * A code names every version of the unit (Lai Châu 12 before and after the reform). Scope crosses the reform both
 * ways: a post-reform unit also covers the pre-reform units wholly merged into it, and a pre-reform unit covers the
 * post-reform units formed wholly from it. Results are cached briefly: units change rarely, tokens arrive often.
 */
@ApplicationScoped
public class ScopeResolver {
    private static final long TTL_MILLIS = 60_000;

    private record Entry(List<String> prefixes, long at) {}

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    ReformCoverage coverage;

    Clock clock = Clock.systemUTC();

    /** Path prefixes ('/12/', '/8/138/') covered by these codes; empty when no code names a unit. */
    public List<String> prefixes(List<String> codes) {
        String key = String.join(",", new TreeSet<>(codes));
        long now = clock.millis();
        Entry e = cache.get(key);
        if (e == null || now - e.at() > TTL_MILLIS) {
            e = new Entry(List.copyOf(resolve(codes)), now);
            cache.put(key, e);
        }
        return e.prefixes();
    }

    private TreeSet<String> resolve(List<String> codes) {
        LocalDate today = LocalDate.now(clock);
        TreeSet<String> prefixes = new TreeSet<>();
        for (String code : codes) {
            for (UnitLookup.Unit u : versions(code)) {
                prefixes.add(u.path());
                boolean current = !u.validFrom().isAfter(today)
                        && (u.validTo() == null || !u.validTo().isBefore(today));
                prefixes.addAll(current ? mergedInto(u, today) : formedFrom(u));
            }
        }
        return minimal(prefixes);
    }

    private List<UnitLookup.Unit> versions(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, code, name, level, path, valid_from, valid_to" + " from admin_unit where code = ?1")
                .setParameter(1, code)
                .getResultList();
        List<UnitLookup.Unit> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new UnitLookup.Unit(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    vn.gnbv.tracker.geo.UnitLevel.valueOf((String) r[3]),
                    (String) r[4],
                    date(r[5]),
                    date(r[6])));
        }
        return out;
    }

    /** Pre-reform units wholly inside {@code u}. */
    private List<String> mergedInto(UnitLookup.Unit u, LocalDate today) {
        String ids = ReformCoverage.wholeIds(coverage.of(u, today));
        if (ids.equals("{}")) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> paths = em.createNativeQuery("select path from admin_unit where id = any(cast(?1 as bigint[]))")
                .setParameter(1, ids)
                .getResultList();
        return paths;
    }

    /** Post-reform units all of whose predecessors lie inside {@code u}. */
    private List<String> formedFrom(UnitLookup.Unit u) {
        @SuppressWarnings("unchecked")
        List<String> paths =
                em.createNativeQuery("""
        with touched as (
          select distinct s.successor_id from unit_succession s join admin_unit o on o.id = s.predecessor_id
           where o.path like ?1)
        select n.path from touched t join admin_unit n on n.id = t.successor_id
          join unit_succession s on s.successor_id = n.id join admin_unit o on o.id = s.predecessor_id
         group by n.path having bool_and(o.path like ?1)""").setParameter(1, u.path() + "%").getResultList();
        return paths;
    }

    /** Drops prefixes inside another prefix of the set. */
    static TreeSet<String> minimal(TreeSet<String> all) {
        TreeSet<String> out = new TreeSet<>();
        for (String p : all) {
            if (out.stream().noneMatch(p::startsWith)) {
                out.add(p);
            }
        }
        return out;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
