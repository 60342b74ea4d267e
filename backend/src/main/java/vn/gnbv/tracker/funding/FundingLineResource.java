package vn.gnbv.tracker.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.security.Roles;

/** openapi.yaml funding-lines: thin HTTP mapping over {@link FundingLineService} and {@link FundingLineListing}. */
@Path("/api/v1/funding-lines")
@Produces(MediaType.APPLICATION_JSON)
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
public class FundingLineResource {
    @Inject
    FundingLineService service;

    @Inject
    FundingLineListing listing;

    @GET
    public Page<FundingLineView> list(
            @QueryParam("program") String program,
            @QueryParam("component") String component,
            @QueryParam("unit") String unit,
            @QueryParam("unitId") String unitId,
            @QueryParam("asOf") String asOf,
            @QueryParam("year") String year,
            @QueryParam("yearFrom") String yearFrom,
            @QueryParam("yearTo") String yearTo,
            @QueryParam("source") String source,
            @QueryParam("capitalType") String capitalType,
            @QueryParam("measure") String measure,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return listing.list(new FundingLineListing.ListQuery(
                program,
                component,
                unit,
                unitId,
                asOf,
                year,
                yearFrom,
                yearTo,
                source,
                capitalType,
                measure,
                limit,
                cursor));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid FundingLineInput body, @Context UriInfo uri) {
        FundingLineView line = service.create(requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(line.id()))
                        .build())
                .tag(etag(line))
                .entity(line)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        FundingLineView line = listing.get(id(id));
        return Response.ok(line).tag(etag(line)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid FundingLineInput body) {
        FundingLineView line = service.update(id(id), ifMatch, requireBody(body));
        return Response.ok(line).tag(etag(line)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id(id), ifMatch);
        return Response.noContent().build();
    }

    private static long id(String raw) {
        return Params.longOrNull("id", raw);
    }

    private static FundingLineInput requireBody(FundingLineInput body) {
        if (body == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON body is required");
        }
        return body;
    }

    // Versioning.etag gives the quoted form; JAX-RS quotes an EntityTag itself, so pass the bare value.
    private static jakarta.ws.rs.core.EntityTag etag(FundingLineView line) {
        String quoted = Versioning.etag(line.version());
        return new jakarta.ws.rs.core.EntityTag(quoted.substring(1, quoted.length() - 1));
    }
}
