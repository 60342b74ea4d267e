package vn.gnbv.tracker.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;

/**
 * Sign-offs: /approvals lists them and reads one by id; /approval-status reads and moves one by its key (a key
 * without a row is DRAFT). Every role reads within its scope; the roles that manage figures move them, as
 * {@link ApprovalPermissions} allows.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class ApprovalResource {
    /** The one value of {@code awaiting}: what waits for the caller's decision. */
    public enum Awaiting {
        me
    }

    @Inject
    ApprovalService approvals;

    @GET
    @Path("approvals")
    public Page<ApprovalDto.View> list(
            @QueryParam("unit") Code unit,
            @QueryParam("parent") Code parent,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("program") Code program,
            @QueryParam("period") Period period,
            @QueryParam("dataset") SignOffDataset dataset,
            @QueryParam("status") SignOffStatus status,
            @QueryParam("awaiting") Awaiting awaiting,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return approvals.list(
                new ApprovalService.ListQuery(
                        Code.text(unit),
                        Code.text(parent),
                        asOf,
                        Code.text(program),
                        period,
                        dataset,
                        status,
                        awaiting != null),
                limit,
                cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GET
    @Path("approvals/{id}")
    public Response get(@PathParam("id") long id) {
        ApprovalDto.View v = approvals.get(id);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    @GET
    @Path("approval-status")
    public Response byKey(
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("program") @NotNull Code program,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("dataset") @NotNull SignOffDataset dataset) {
        ApprovalDto.View v = approvals.byKey(key(unit, asOf, program, period, dataset));
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("approval-status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setStatus(
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("program") @NotNull Code program,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("dataset") @NotNull SignOffDataset dataset,
            @HeaderParam("If-Match") String ifMatch,
            ApprovalDto.StatusInput body) {
        ApprovalDto.View v = approvals.setStatus(key(unit, asOf, program, period, dataset), ifMatch, body);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    private static ApprovalService.KeyQuery key(
            Code unit, LocalDate asOf, Code program, Period period, SignOffDataset dataset) {
        return new ApprovalService.KeyQuery(Code.text(unit), asOf, Code.text(program), period, dataset);
    }
}
