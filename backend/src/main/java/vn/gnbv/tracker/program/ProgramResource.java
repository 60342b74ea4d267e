package vn.gnbv.tracker.program;

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
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;

/** /programs and their component trees. */
@Path("/api/v1/programs")
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
public class ProgramResource {
    @Inject
    ProgramService programs;

    @Inject
    ComponentService components;

    @GET
    public Page<ProgramDto.View> list(
            @QueryParam("year") Integer year,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return programs.list(year, limit, cursor);
    }

    @RolesAllowed({Roles.ADMIN})
    @POST
    public Response create(ProgramDto.Input body) {
        ProgramDto.View v = programs.create(body);
        return Response.created(URI.create("/api/v1/programs/" + v.id()))
                .header("ETag", Versioning.etag(v.version()))
                .entity(v)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ProgramDto.View v = programs.get(id);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ProgramDto.Input body) {
        ProgramDto.View v = programs.update(id, ifMatch, body);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetail.MEDIA_TYPE}) // a DELETE answers only 204 or a problem
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        programs.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/components")
    public ComponentDto.Tree components(@PathParam("id") long id) {
        return components.tree(id);
    }

    @RolesAllowed({Roles.ADMIN})
    @POST
    @Path("{id}/components")
    public Response createComponent(@PathParam("id") long id, ComponentDto.Input body) {
        ComponentDto.View v = components.create(id, body);
        return Response.created(URI.create("/api/v1/components/" + v.id()))
                .header("ETag", Versioning.etag(v.version()))
                .entity(v)
                .build();
    }
}
