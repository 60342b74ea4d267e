package vn.gnbv.tracker.geo;

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
import vn.gnbv.tracker.geo.UnitViews.SuccessionInput;
import vn.gnbv.tracker.geo.UnitViews.SuccessionView;

/** /api/v1/unit-successions: links between unit versions across a reform (openapi.yaml, tag geo). */
@Path("/api/v1/unit-successions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuccessionResource {
  @Inject SuccessionService service;

  @POST
  public Response create(@Valid @NotNull SuccessionInput body) {
    SuccessionView s = service.create(body);
    return Response.created(URI.create("/api/v1/unit-successions/" + s.predecessor().id() + "/"
        + s.successor().id())).entity(s).build();
  }

  @GET
  @Path("/{predecessorId}/{successorId}")
  public SuccessionView get(@PathParam("predecessorId") long predecessorId,
      @PathParam("successorId") long successorId) {
    return service.get(predecessorId, successorId);
  }

  @DELETE
  @Path("/{predecessorId}/{successorId}")
  public Response delete(@PathParam("predecessorId") long predecessorId,
      @PathParam("successorId") long successorId) {
    service.delete(predecessorId, successorId);
    return Response.noContent().build();
  }
}
