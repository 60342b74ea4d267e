package vn.gnbv.tracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;

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
        INDICATOR_CATEGORY,
        INDICATOR_VALUE,
        UPLOAD_JOB,
        REPORT,
        REPORT_FILE,
        REPORT_READING,
        REPORT_PROPOSAL,
        FINDING,
        FINDING_RULE,
        SIGN_OFF
    }

    @Inject
    AuditEventService service;

    @GET
    public Page<AuditEventView> list(
            @QueryParam("actor") Code actor,
            @QueryParam("resourceType") ResourceType type,
            @QueryParam("resourceId") Code resourceId,
            @QueryParam("operation") Operation operation,
            @QueryParam("unit") Code unit,
            @QueryParam("unitId") Long unitId,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        Long before = blank(cursor) ? null : Cursor.decodeId(cursor);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badParam("from", ViolationCode.EMPTY_RANGE, "from must be before to");
        }
        var query = new AuditEventService.Query(
                Code.text(actor),
                type == null ? null : type.name(),
                Code.text(resourceId),
                operation == null ? null : operation.name(),
                Code.text(unit),
                unitId,
                asOf,
                from,
                to);
        return service.list(query, before, limit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
