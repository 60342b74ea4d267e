package vn.gnbv.tracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    UnitLookup units;

    @Inject
    ReformCoverage coverage;

    Clock clock = Clock.systemUTC();

    /** Path prefixes ('/12/', '/8/138/') covered by these codes; empty when no code names a unit. */
    public List<String> prefixes(List<String> codes) {
        return cached(codes).orElseGet(() -> {
            List<String> p = List.copyOf(resolve(codes));
            cache.put(key(codes), new Entry(p, clock.millis()));
            return p;
        });
    }

    /** {@link #prefixes} when known and fresh, without reading the database (an event loop's question). */
    public Optional<List<String>> cached(List<String> codes) {
        Entry e = cache.get(key(codes));
        return e == null || clock.millis() - e.at() > TTL_MILLIS ? Optional.empty() : Optional.of(e.prefixes());
    }

    private static String key(List<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    private TreeSet<String> resolve(List<String> codes) {
        LocalDate today = LocalDate.now(clock);
        TreeSet<String> prefixes = new TreeSet<>();
        for (String code : codes) {
            for (UnitLookup.Unit u : units.versions(code)) {
                prefixes.add(u.path());
                // A current unit also covers the superseded units wholly inside it; a superseded one the units
                // formed wholly from it.
                prefixes.addAll(u.validAt(today) ? mergedInto(u, today) : coverage.formedWhollyFrom(u));
            }
        }
        return minimal(prefixes);
    }

    /** Pre-reform units wholly inside {@code u}. */
    private List<String> mergedInto(UnitLookup.Unit u, LocalDate today) {
        return units.paths(coverage.of(u, today).stream()
                .filter(ReformCoverage.Covered::whole)
                .map(ReformCoverage.Covered::unitId)
                .toList());
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
}
