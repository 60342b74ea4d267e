package vn.gnbv.tracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.security.CallerScope;
import vn.gnbv.tracker.security.Roles;

/**
 * openapi.yaml audit-events: read-only. ADMIN reads every event; a province manager only events of units in
 * their subtree (events of national reference data have no unit and are not theirs to read).
 */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER})
public class AuditEventResource {
    /** The operations and resource types the trail records; a filter outside them is a 400. */
    enum Operation {
        CREATE,
        UPDATE,
        DELETE,
        UPLOAD,
        APPROVE
    }

    enum ResourceType {
        ADMIN_UNIT,
        UNIT_SUCCESSION,
        PROGRAM,
        PROGRAM_COMPONENT,
        LOCAL_PROJECT,
        FUNDING_LINE,
        INDICATOR,
        INDICATOR_VALUE,
        UPLOAD_JOB
    }

    @Inject
    AuditEventQueries queries;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    @GET
    public Page<AuditEventView> list(
            @QueryParam("actor") String actor,
            @QueryParam("resourceType") String type,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("operation") String operation,
            @QueryParam("unit") String unit,
            @QueryParam("unitId") String unitId,
            @QueryParam("asOf") String asOf,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int max = Params.limit(limit);
        Long before = blank(cursor) ? null : Cursor.decodeId(cursor);
        ResourceType rt = Params.enumOrNull(ResourceType.class, "resourceType", type);
        Operation op = Params.enumOrNull(Operation.class, "operation", operation);
        OffsetDateTime start = dateTime("from", from);
        OffsetDateTime end = dateTime("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badParam("from", ViolationCode.EMPTY_RANGE, "from must be before to");
        }
        var filter = new AuditEventQueries.Filter(
                blank(actor) ? null : actor.strip(),
                rt == null ? null : rt.name(),
                blank(resourceId) ? null : resourceId.strip(),
                op == null ? null : op.name(),
                unitPath(unit, unitId, asOf),
                start,
                end,
                scope.sqlCondition("e.unit_path"));
        return Cursor.page(queries.list(filter, before, max + 1), max, e -> Cursor.encode(e.id()));
    }

    /** The subtree filter; a unit outside the caller's scope is refused (403), not quietly emptied. */
    private String unitPath(String code, String rawId, String rawAsOf) {
        Long id = Params.longOrNull("unitId", rawId);
        LocalDate at = Params.dateOrNull("asOf", rawAsOf);
        if (!blank(code) && id != null) {
            throw ApiException.badParam("unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId");
        }
        UnitLookup.Unit u;
        String field;
        if (id != null) {
            u = units.byId(id)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + id));
            field = "unitId";
        } else if (!blank(code)) {
            u = units.require("unit", code.strip(), at == null ? LocalDate.now() : at);
            field = "unit";
        } else {
            return null;
        }
        scope.require(u, field);
        return u.path();
    }

    private static OffsetDateTime dateTime(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParam(
                    name,
                    ViolationCode.NOT_A_DATE_TIME,
                    name + " must be a date-time with offset " + "(e.g. 2025-07-01T00:00:00Z)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
