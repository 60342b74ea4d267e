package vn.gnbv.tracker.funding;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.PageMemo;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Pulls;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.security.CallerScope;

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

    @Inject
    PageMemo pages;

    @Inject
    CallerScope scope;

    /** JSON or, with Accept: text/csv, the upload's canonical CSV streamed (openapi.yaml listFundingLines). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Pulls.CSV})
    public Response list(
            @QueryParam("program") Code program,
            @QueryParam("component") Code component,
            @QueryParam("unit") Code unit,
            @QueryParam("unitId") Long unitId,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("year") Integer year,
            @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo,
            @QueryParam("source") FundingSource source,
            @QueryParam("capitalType") CapitalType capitalType,
            @QueryParam("measure") FundingMeasure measure,
            @QueryParam("report") Long report,
            @QueryParam("alternatives") @DefaultValue("false") boolean alternatives,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @Min(1) int limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("since") String since,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        var query = new FundingLineListing.ListQuery(
                Code.text(program),
                Code.text(component),
                Code.text(unit),
                unitId,
                asOf,
                year,
                yearFrom,
                yearTo,
                source,
                capitalType,
                measure,
                report,
                alternatives,
                limit,
                cursor,
                since == null || since.isBlank() ? null : since);
        if (Pulls.wantsCsv(headers)) {
            return Pulls.csv(listing.csv(query), uri);
        }
        if (query.since() != null) {
            return Pulls.json(listing.changes(query), uri);
        }
        // The query names every filter and the cursor; the scope, whose lines the caller may see.
        return Pulls.json(pages.get(query + "|" + scope.key(), FundingChangeLog.TOPIC, () -> listing.page(query)), uri);
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

    /** Non-blocking: the read runs on the event loop (common/PointRead). */
    @GET
    @Path("{id}")
    public Uni<Response> get(@PathParam("id") long id) {
        return listing.get(id).map(line -> Response.ok(line).tag(etag(line)).build());
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, FundingLineInput body) {
        FundingLineView line = service.update(id, ifMatch, requireBody(body));
        return Response.ok(line).tag(etag(line)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
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
