package vn.gnbv.tracker.geo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.geo.UnitViews.SuccessionInput;
import vn.gnbv.tracker.geo.UnitViews.SuccessionView;

/** /api/v1/unit-successions: links between unit versions across a reform (openapi.yaml, tag geo). */
@Path("/api/v1/unit-successions")
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
public class SuccessionResource {
    @Inject
    SuccessionService service;

    @RolesAllowed({Roles.ADMIN})
    @POST
    public Response create(@Valid @NotNull SuccessionInput body) {
        SuccessionView s = service.create(body);
        return Response.created(URI.create("/api/v1/unit-successions/"
                        + s.predecessor().id() + "/" + s.successor().id()))
                .entity(s)
                .build();
    }

    @GET
    @Path("/{predecessorId}/{successorId}")
    public SuccessionView get(
            @PathParam("predecessorId") long predecessorId, @PathParam("successorId") long successorId) {
        return service.get(predecessorId, successorId);
    }

    @RolesAllowed({Roles.ADMIN})
    @DELETE
    @Path("/{predecessorId}/{successorId}")
    public Response delete(@PathParam("predecessorId") long predecessorId, @PathParam("successorId") long successorId) {
        service.delete(predecessorId, successorId);
        return Response.noContent().build();
    }
}
