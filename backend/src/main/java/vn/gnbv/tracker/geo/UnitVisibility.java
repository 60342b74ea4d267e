package vn.gnbv.tracker.geo;

import vn.gnbv.tracker.common.ApiException;

/**
 * What the caller may see of the unit tree, as geo's own API needs it. Geo sits below security in the package map
 * (a caller's scope is resolved from units and reform successions), so geo states its need here and security's
 * request-scoped {@code CallerScope} fulfils it; CDI injects the current caller.
 */
public interface UnitVisibility {
    /** ADMIN: sees every unit. */
    boolean national();

    /** In scope, or an ancestor of the scope (breadcrumbs and navigation). */
    boolean sees(String unitPath);

    /** SQL form of {@link #sees} over a materialised path column. */
    String visibleSqlCondition(String pathColumn);

    /** The same 403 whether a unit is out of sight or does not exist, so ids cannot be probed; 404 when national. */
    ApiException notVisible(String what, Object id);
}
