package vn.gnbv.tracker.reading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.reading.ReadingDtos.Decision;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;

/** One proposed figure: read it, decide it (If-Match: its version). */
@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
// Reads: every signed-in role, within its scope; decisions: the roles that upload figures.
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class ProposalResource {
    @Inject
    ProposalService proposals;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ProposalView p = proposals.get(id);
        return Response.ok(p)
                .tag(Versioning.etag(p.version()).replace("\"", ""))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid Decision body) {
        ProposalView p = proposals.decide(id, ifMatch, body);
        return Response.ok(p)
                .tag(Versioning.etag(p.version()).replace("\"", ""))
                .build();
    }
}
