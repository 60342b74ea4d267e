package vn.gnbv.tracker.localproject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.localproject.LocalProject.Status;

/** /local-projects: concrete projects and poverty-reduction models. */
@Path("/api/v1/local-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Reads: every signed-in role, within its scope; writes: see each method.
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class LocalProjectResource {
    @Inject
    LocalProjectService projects;

    @GET
    public Page<LocalProjectDto.View> list(
            @QueryParam("program") Code program,
            @QueryParam("component") Code component,
            @QueryParam("unit") Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("unitId") Long unitId,
            @QueryParam("status") Status status,
            @QueryParam("year") Integer year,
            @QueryParam("report") Long report,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        long afterId = cursor == null || cursor.isBlank() ? 0 : Cursor.decodeId(cursor);
        return projects.list(new LocalProjectService.ListQuery(
                Code.text(program),
                Code.text(component),
                Code.text(unit),
                asOf,
                unitId,
                status,
                year,
                report,
                afterId,
                limit));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    public Response create(LocalProjectDto.Input body) {
        LocalProjectDto.View v = projects.create(body);
        return Response.created(URI.create("/api/v1/local-projects/" + v.id()))
                .header("ETag", Versioning.etag(v.version()))
                .entity(v)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        LocalProjectDto.View v = projects.get(id);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    public Response update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, LocalProjectDto.Input body) {
        LocalProjectDto.View v = projects.update(id, ifMatch, body);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetail.MEDIA_TYPE}) // a DELETE answers only 204 or a problem
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        projects.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
