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
import vn.gnbv.tracker.common.Roles;

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
    AuditEventService service;

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
            throw ApiException.badParam("from", "EMPTY_RANGE", "from must be before to");
        }
        Long id = Params.longOrNull("unitId", unitId);
        LocalDate at = Params.dateOrNull("asOf", asOf);
        var query = new AuditEventService.Query(
                blank(actor) ? null : actor.strip(),
                rt == null ? null : rt.name(),
                blank(resourceId) ? null : resourceId.strip(),
                op == null ? null : op.name(),
                blank(unit) ? null : unit.strip(),
                id,
                at,
                start,
                end);
        return service.list(query, before, max);
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
                    "NOT_A_DATE_TIME",
                    name + " must be a date-time with offset " + "(e.g. 2025-07-01T00:00:00Z)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
