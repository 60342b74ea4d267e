package vn.gnbv.tracker.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;

/** /components/{id}; listing and creation live under their program in {@link ProgramResource}. */
@Path("/api/v1/components")
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
public class ComponentResource {
    @Inject
    ComponentService components;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ComponentDto.View v = components.get(id);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ComponentDto.Input body) {
        ComponentDto.View v = components.update(id, ifMatch, body);
        return Response.ok(v).header("ETag", Versioning.etag(v.version())).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetail.MEDIA_TYPE}) // a DELETE answers only 204 or a problem
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        components.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
