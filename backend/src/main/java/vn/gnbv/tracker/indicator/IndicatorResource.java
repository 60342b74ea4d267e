package vn.gnbv.tracker.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.indicator.IndicatorDtos.IndicatorInput;
import vn.gnbv.tracker.indicator.IndicatorDtos.IndicatorView;

/** Indicator definitions. */
@Path("/api/v1/indicators")
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
public class IndicatorResource {
    @Inject
    IndicatorService service;

    @GET
    public Page<IndicatorView> list(
            @QueryParam("dimension") Dimension dimension,
            @QueryParam("aggregation") Aggregation aggregation,
            @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return service.list(dimension, aggregation, q, limit, cursor);
    }

    @RolesAllowed({Roles.ADMIN})
    @POST
    public Response create(@Valid @NotNull IndicatorInput body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Indicator i = service.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(i.id)).build())
                .tag(etagValue(i.version))
                .entity(service.view(i))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Indicator i = service.require(id);
        return Response.ok(service.view(i)).tag(etagValue(i.version)).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @PUT
    @Path("{id}")
    public Response update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull IndicatorInput body) {
        Indicator i = service.update(id, ifMatch, body);
        return Response.ok(service.view(i)).tag(etagValue(i.version)).build();
    }

    @RolesAllowed({Roles.ADMIN})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** Versioning.etag quotes; EntityTag quotes again, so hand it the bare version. */
    static jakarta.ws.rs.core.EntityTag etagValue(int version) {
        return new jakarta.ws.rs.core.EntityTag(Versioning.etag(version).replace("\"", ""));
    }
}
