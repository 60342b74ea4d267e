package vn.gnbv.tracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** Names the scope, for memoised reads whose answer depends on it: "*" nationwide, else the sorted prefixes. */
    public String key() {
        return national() ? "*" : String.join(",", prefixes().stream().sorted().toList());
    }

    /**
     * The provinces every figure a read may show lies in: the filter's unit's ({@code filterPath}, already checked to
     * be in scope), else the roots of the scope's subtrees (a scope across the 2025 reform holds an old province and
     * the new one); null nationwide. A pull pages such a read through those provinces' rows (V100, ProvincePaging).
     */
    public List<Long> provinces(String filterPath) {
        if (filterPath != null) {
            return List.of(UnitLookup.provinceOf(filterPath));
        }
        return national()
                ? null
                : prefixes().stream()
                        .map(UnitLookup::provinceOf)
                        .distinct()
                        .sorted()
                        .toList();
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
        if (national()) {
            return "true";
        }
        List<String> conds = new ArrayList<>();
        for (String p : prefixes()) {
            if (!p.matches("^(/[0-9]+)+/$")) {
                throw new IllegalStateException("unexpected path " + p);
            }
            conds.add(pathColumn + " like '" + p + "%'");
        }
        return conds.isEmpty() ? "false" : "(" + String.join(" or ", conds) + ")";
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
