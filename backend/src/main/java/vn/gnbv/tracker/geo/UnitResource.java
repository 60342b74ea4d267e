package vn.gnbv.tracker.geo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitViews.Successions;
import vn.gnbv.tracker.geo.UnitViews.UnitDetail;
import vn.gnbv.tracker.geo.UnitViews.UnitInput;
import vn.gnbv.tracker.geo.UnitViews.UnitSummary;
import vn.gnbv.tracker.security.Roles;

/** /api/v1/units: administrative unit versions (openapi.yaml, tag geo). */
@Path("/api/v1/units")
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
public class UnitResource {
    @Inject
    UnitService service;

    @Inject
    SuccessionService successions;

    @Inject
    UnitLookup lookup;

    @GET
    public Page<UnitSummary> list(
            @QueryParam("level") String level,
            @QueryParam("parentId") String parentId,
            @QueryParam("parent") String parent,
            @QueryParam("ancestorId") String ancestorId,
            @QueryParam("code") String code,
            @QueryParam("q") String q,
            @QueryParam("asOf") String asOf,
            @QueryParam("includeHistory") String includeHistory,
            @QueryParam("poorDistrict") String poorDistrict,
            @QueryParam("especiallyDifficult") String especiallyDifficult,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Params.limit(limit);
        LocalDate at = Params.dateOrNull("asOf", asOf);
        at = at == null ? LocalDate.now() : at;
        boolean history = Boolean.TRUE.equals(Params.boolOrNull("includeHistory", includeHistory));
        Long parentFilter = Params.longOrNull("parentId", parentId);
        String parentCode = Text.clean(parent);
        if (parentCode != null) {
            LocalDate resolveAt = at;
            long resolved = lookup.resolve(parentCode, at)
                    .map(UnitLookup.Unit::id)
                    .orElseThrow(() -> ApiException.badParam(
                            "parent",
                            ViolationCode.UNKNOWN_UNIT,
                            "No unit has code " + parentCode + " on " + resolveAt));
            if (parentFilter != null && parentFilter != resolved) {
                return new Page<>(List.of(), null); // both given and naming different units: nothing matches
            }
            parentFilter = resolved;
        }
        UnitFilter filter = new UnitFilter(
                Params.enumOrNull(UnitLevel.class, "level", level),
                parentFilter,
                Params.longOrNull("ancestorId", ancestorId),
                Text.clean(code),
                Text.clean(q),
                history ? null : at,
                Params.boolOrNull("poorDistrict", poorDistrict),
                Params.boolOrNull("especiallyDifficult", especiallyDifficult));
        return service.list(filter, size, cursor);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        UnitDetail u = service.get(id);
        return Response.ok(u)
                .header(HttpHeaders.ETAG, Versioning.etag(u.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN})
    @POST
    public Response create(@Valid @NotNull UnitInput body) {
        UnitDetail u = service.create(body);
        return Response.created(URI.create("/api/v1/units/" + u.id()))
                .entity(u)
                .header(HttpHeaders.ETAG, Versioning.etag(u.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN})
    @PUT
    @Path("/{id}")
    public Response update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UnitInput body) {
        UnitDetail u = service.update(id, ifMatch, body);
        return Response.ok(u)
                .header(HttpHeaders.ETAG, Versioning.etag(u.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN})
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/successions")
    public Successions successions(@PathParam("id") long id) {
        return successions.ofUnit(id);
    }
}
