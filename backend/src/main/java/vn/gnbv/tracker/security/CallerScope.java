package vn.gnbv.tracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitVisibility;

/**
 * Who is calling and which administrative subtrees they may read and write. ADMIN is national; every other principal
 * is limited to the units named by the token claim {@value #CLAIM} (statistics-office codes), resolved by
 * {@link ScopeResolver} across the 2025 reform. A principal without the claim sees nothing.
 */
@RequestScoped
public class CallerScope implements UnitVisibility {
    public static final String CLAIM = "gnbv_units";

    /** Who acted, for the audit trail: token subject, username and the OAuth client it came through. */
    public record Actor(String subject, String username, String clientId) {
        /** Who acts when no one signed in: the loaders that run at start (reference and demo data). */
        public static final Actor SYSTEM = new Actor(null, "system", null);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    ScopeResolver resolver;

    private List<String> prefixes;

    @Override
    public boolean national() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Materialised-path prefixes of the subtrees in scope; meaningless when {@link #national()}. */
    public List<String> prefixes() {
        if (prefixes == null) {
            prefixes = resolver.prefixes(codes());
        }
        return prefixes;
    }

    /**
     * {@link #sqlCondition} without blocking the calling thread, for reads through Vert.x's client (PointRead) that
     * may run on the event loop: at once when national or the scope is resolved (ScopeResolver keeps it a minute);
     * else resolved on a worker thread, as it reads the units.
     */
    public Uni<String> sqlConditionNonBlocking(String pathColumn) {
        if (national()) {
            return Uni.createFrom().item("true");
        }
        if (prefixes == null) {
            resolver.cached(codes()).ifPresent(p -> prefixes = p);
        }
        return prefixes != null
                ? Uni.createFrom().item(sqlCondition(pathColumn))
                : VertxContextSupport.executeBlocking(() -> sqlCondition(pathColumn));
    }

    /** Names the scope, for memoised reads whose answer depends on it: "*" nationwide, else the sorted prefixes. */
    public String key() {
        return national() ? "*" : String.join(",", prefixes().stream().sorted().toList());
    }

    /**
     * A read through province-keyed rows (V100, ProvincePaging), province by province: per province a figure of
     * this read may lie in, the condition over {@code pathColumn} it must also meet there — {@code true} when the
     * whole province is in. The provinces are the filter's unit's ({@code filterPath}, already checked to be in
     * scope) or the roots of the scope's subtrees (a scope across the 2025 reform holds an old province and the new
     * one); null nationwide. Apart from the planner's sake (a condition the province already implies makes it guess
     * too few rows and sort the whole province) the answer is what {@link #sqlCondition} and the filter select.
     */
    public Map<Long, String> provinceConditions(String pathColumn, String filterPath) {
        Map<Long, String> out = new TreeMap<>();
        if (filterPath != null) {
            long root = UnitLookup.provinceOf(filterPath);
            out.put(root, within(pathColumn, root, List.of(filterPath)));
            return out;
        }
        if (national()) {
            return null;
        }
        Map<Long, List<String>> byRoot = new TreeMap<>();
        prefixes()
                .forEach(p -> byRoot.computeIfAbsent(UnitLookup.provinceOf(p), k -> new ArrayList<>())
                        .add(p));
        byRoot.forEach((root, paths) -> out.put(root, within(pathColumn, root, paths)));
        return out;
    }

    private static String within(String pathColumn, long root, List<String> paths) {
        return paths.contains("/" + root + "/") ? "true" : underAny(pathColumn, paths);
    }

    /**
     * SQL: the path column lies under one of {@code paths}, inlined as literals (they are '/digits/' built by us, never
     * user input); {@code false} for none.
     */
    private static String underAny(String pathColumn, List<String> paths) {
        List<String> conds = new ArrayList<>();
        for (String p : paths) {
            if (!p.matches("^(/[0-9]+)+/$")) {
                throw new IllegalStateException("unexpected path " + p);
            }
            conds.add(pathColumn + " like '" + p + "%'");
        }
        return conds.isEmpty() ? "false" : "(" + String.join(" or ", conds) + ")";
    }

    public boolean covers(String unitPath) {
        return national() || prefixes().stream().anyMatch(unitPath::startsWith);
    }

    public boolean covers(UnitLookup.Unit unit) {
        return covers(unit.path());
    }

    /** 403 OUT_OF_SCOPE unless the unit is in scope; {@code field} names the input that chose it. */
    public void require(UnitLookup.Unit unit, String field) {
        if (!covers(unit)) {
            throw outOfScope(field);
        }
    }

    /**
     * For a resource fetched by id: the same 403 whether it is out of scope or does not exist, so ids cannot be
     * probed. National callers get the honest 404.
     */
    @Override
    public ApiException notVisible(String what, Object id) {
        return national() ? ApiException.notFound(what, id) : outOfScope(null);
    }

    /**
     * SQL condition on a materialised path column, with the prefixes inlined as literals (they are '/digits/' built
     * by us, never user input): {@code true} for national callers, {@code false} for an empty scope.
     */
    public String sqlCondition(String pathColumn) {
        return national() ? "true" : underAny(pathColumn, prefixes());
    }

    /**
     * Whether a unit may be shown: in scope, or an ancestor of the scope (breadcrumbs and navigation need the
     * province above a district officer's district). Figures stay limited to {@link #covers}.
     */
    @Override
    public boolean sees(String unitPath) {
        return covers(unitPath) || prefixes().stream().anyMatch(p -> p.startsWith(unitPath));
    }

    /** SQL form of {@link #sees} over a materialised path column. */
    @Override
    public String visibleSqlCondition(String pathColumn) {
        if (national()) {
            return "true";
        }
        java.util.TreeSet<String> ancestors = new java.util.TreeSet<>();
        for (String p : prefixes()) {
            int at = p.indexOf('/', 1);
            while (at > 0 && at < p.length() - 1) {
                ancestors.add(p.substring(0, at + 1));
                at = p.indexOf('/', at + 1);
            }
        }
        String own = sqlCondition(pathColumn);
        if (ancestors.isEmpty()) {
            return own;
        }
        return "(" + own + " or " + pathColumn + " in ('" + String.join("', '", ancestors) + "'))";
    }

    /** 403 OUT_OF_SCOPE unless the unit with this path is in scope (for ids already loaded). */
    public void requirePath(String unitPath, String field) {
        if (!covers(unitPath)) {
            throw outOfScope(field);
        }
    }

    public Actor actor() {
        if (identity.isAnonymous()) {
            return new Actor(null, "anonymous", null);
        }
        String clientId = jwt.getClaim("azp");
        String username = jwt.getClaim("preferred_username");
        return new Actor(
                jwt.getSubject(),
                username != null ? username : identity.getPrincipal().getName(),
                clientId);
    }

    /** The unit codes of the scope claim, in its order (statistics-office codes only). */
    List<String> codes() {
        Object claim = jwt.getClaim(CLAIM);
        List<String> codes = new ArrayList<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> codes.add(unquote(v.toString())));
        } else if (claim != null) {
            for (String s : unquote(claim.toString()).split("[,\\s]+")) {
                if (!s.isBlank()) {
                    codes.add(s);
                }
            }
        }
        return codes.stream().filter(s -> s.matches("^[0-9]{2,5}$")).distinct().toList();
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }

    private static ApiException outOfScope(String field) {
        String msg = "Outside your administrative scope";
        return field == null
                ? new ApiException(ErrorCode.OUT_OF_SCOPE, msg)
                : new ApiException(
                        ErrorCode.OUT_OF_SCOPE,
                        msg,
                        List.of(vn.gnbv.tracker.common.ProblemDetail.Violation.field(
                                field, ViolationCode.OUT_OF_SCOPE, msg)));
    }
}
