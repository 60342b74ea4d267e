package vn.gnbv.tracker.approval;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Who may move a sign-off where. A unit's own officers submit: the caller's scope unit is the unit, or the unit lies
 * in the caller's subtree at the scope unit's level (a province code also covers the provinces merged into it). The
 * level above approves, returns and reopens: the unit lies strictly inside the caller's subtree, below its level. A
 * national ADMIN may do everything. So a district officer submits its district and approves its communes, never its
 * own district. Viewers, readers and upload scripts only read.
 */
@RequestScoped
public class ApprovalPermissions {
    private static final String[] DECIDERS = {
        Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER
    };

    @Inject
    CallerScope scope;

    @Inject
    UnitLookup units;

    // The level of each scope unit, by its path prefix; read once per request.
    private Map<String, UnitLevel> levels;

    /** The statuses the caller may move a sign-off of this unit to from {@code from}. */
    List<SignOffStatus> allowed(SignOffStatus from, String unitPath, UnitLevel level) {
        List<SignOffStatus> out = new ArrayList<>();
        for (SignOffStatus to : SignOffStatus.values()) {
            if (ApprovalRules.legal(from, to) && may(to, unitPath, level)) {
                out.add(to);
            }
        }
        return out;
    }

    /** 403 FORBIDDEN unless the caller may move a sign-off of this unit to {@code to}. */
    void require(SignOffStatus to, UnitLookup.Unit unit) {
        if (!may(to, unit.path(), unit.level())) {
            String who = to == SignOffStatus.SUBMITTED
                    ? "only the unit's own officers submit its figures"
                    : "only the level above the unit approves, returns or reopens its figures";
            throw new ApiException(
                    ErrorCode.FORBIDDEN, "You may not move this sign-off of " + unit.code() + " to " + to + ": " + who);
        }
    }

    boolean may(SignOffStatus to, String unitPath, UnitLevel level) {
        if (!decider()) {
            return false;
        }
        if (scope.national()) {
            return true;
        }
        if (!scope.covers(unitPath)) {
            return false;
        }
        boolean own = own(unitPath, level);
        return to == SignOffStatus.SUBMITTED ? own : !own;
    }

    /**
     * SQL over the unit path column {@code u.path}: the units whose sign-offs wait for the caller (the children of
     * the caller's scope units; for a national caller, the provinces; none for a role that does not decide). The prefixes
     * are paths we built.
     */
    String awaitingCondition() {
        if (!decider()) {
            return "false"; // readers see sign-offs, but none waits for their decision
        }
        if (scope.national()) {
            return "u.parent_id is null";
        }
        List<String> prefixes = scope.prefixes();
        if (prefixes.isEmpty()) {
            return "false";
        }
        return "regexp_replace(u.path, '[0-9]+/$', '') in ('" + String.join("', '", prefixes) + "')";
    }

    private boolean decider() {
        for (String r : DECIDERS) {
            if (scope.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the unit is at the level of the scope unit whose subtree holds it (the caller's own unit). */
    private boolean own(String unitPath, UnitLevel level) {
        if (levels == null) {
            levels = new HashMap<>();
            for (String p : scope.prefixes()) {
                String last = p.substring(p.lastIndexOf('/', p.length() - 2) + 1, p.length() - 1);
                units.byId(Long.parseLong(last)).ifPresent(u -> levels.put(p, u.level()));
            }
        }
        return levels.entrySet().stream().anyMatch(e -> unitPath.startsWith(e.getKey()) && e.getValue() == level);
    }
}
