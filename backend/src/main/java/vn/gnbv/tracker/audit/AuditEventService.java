package vn.gnbv.tracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.security.CallerScope;

/** Reading the trail: the caller's scope and the unit filter become the repository's filter. */
@ApplicationScoped
public class AuditEventService {
    /** The parsed query parameters; null means no filter. {@code unit} and {@code unitId} are exclusive. */
    public record Query(
            String actor,
            String resourceType,
            String resourceId,
            String operation,
            String unit,
            Long unitId,
            LocalDate asOf,
            OffsetDateTime from,
            OffsetDateTime to) {}

    @Inject
    AuditEventRepository events;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    public Page<AuditEventView> list(Query q, Long before, int limit) {
        var filter = new AuditEventRepository.Filter(
                q.actor(),
                q.resourceType(),
                q.resourceId(),
                q.operation(),
                unitPath(q.unit(), q.unitId(), q.asOf()),
                q.from(),
                q.to(),
                scope::sqlCondition);
        return Cursor.page(events.list(filter, before, limit + 1), limit, e -> Cursor.encode(e.id()));
    }

    /** The subtree filter; a unit outside the caller's scope is refused (403), not quietly emptied. */
    private String unitPath(String code, Long id, LocalDate at) {
        if (code != null && id != null) {
            throw ApiException.badParam("unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId");
        }
        UnitLookup.Unit u;
        String field;
        if (id != null) {
            u = units.byId(id)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + id));
            field = "unitId";
        } else if (code != null) {
            u = units.require("unit", code, at == null ? LocalDate.now() : at);
            field = "unit";
        } else {
            return null;
        }
        scope.require(u, field);
        return u.path();
    }
}
