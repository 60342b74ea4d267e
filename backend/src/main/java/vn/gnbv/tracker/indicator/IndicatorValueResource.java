package vn.gnbv.tracker.indicator;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.PageMemo;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.Pulls;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueInput;
import vn.gnbv.tracker.security.CallerScope;

/** Indicator values. */
@Path("/api/v1/indicator-values")
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
public class IndicatorValueResource {
    @Inject
    IndicatorValueService service;

    @Inject
    IndicatorValueQueries queries;

    @Inject
    PageMemo pages;

    @Inject
    CallerScope scope;

    /** JSON or, with Accept: text/csv, the upload's canonical CSV streamed (openapi.yaml listIndicatorValues). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Pulls.CSV})
    public Response list(
            @QueryParam("indicator") Code indicator,
            @QueryParam("unit") Code unit,
            @QueryParam("unitId") Long unitId,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("periodFrom") Period periodFrom,
            @QueryParam("periodTo") Period periodTo,
            @QueryParam("period") Period period,
            @QueryParam("kind") ValueKind kind,
            @QueryParam("category") Code category,
            @QueryParam("report") Long report,
            @QueryParam("alternatives") @DefaultValue("false") boolean alternatives,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @Min(1) int limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("since") String since,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        var filter = new IndicatorValueQueries.Filter(
                Code.text(indicator),
                Code.text(unit),
                unitId,
                asOf,
                periodFrom,
                periodTo,
                period,
                kind,
                Code.text(category),
                report,
                alternatives,
                limit,
                cursor,
                since == null || since.isBlank() ? null : since);
        if (Pulls.wantsCsv(headers)) {
            return Pulls.csv(queries.csv(filter), uri);
        }
        if (filter.since() != null) {
            return Pulls.json(queries.changes(filter), uri);
        }
        // The filter names every condition and the cursor; the scope, whose values the caller may see.
        return Pulls.json(
                pages.get(filter + "|" + scope.key(), IndicatorChangeLog.TOPIC, () -> queries.page(filter)), uri);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Blocking // the write; its read-back then goes through Vert.x's client, as a GET by id
    public Uni<Response> create(@Valid @NotNull ValueInput body, @Context UriInfo uri) {
        IndicatorValue v = service.create(body);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(v.id)).build();
        return queries.view(v.id)
                .map(view -> Response.created(location)
                        .tag(IndicatorResource.etagValue(v.version))
                        .entity(view)
                        .build());
    }

    @GET
    @Path("{id}")
    public Uni<Response> get(@PathParam("id") long id) {
        return queries.view(id)
                .map(v -> Response.ok(v)
                        .tag(IndicatorResource.etagValue(v.version()))
                        .build());
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    @Blocking
    public Uni<Response> update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ValueInput body) {
        IndicatorValue v = service.update(id, ifMatch, body);
        return queries.view(v.id)
                .map(view -> Response.ok(view)
                        .tag(IndicatorResource.etagValue(v.version))
                        .build());
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
