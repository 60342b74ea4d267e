package vn.gnbv.tracker.geo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitViews.Successions;
import vn.gnbv.tracker.geo.UnitViews.UnitDetail;
import vn.gnbv.tracker.geo.UnitViews.UnitInput;
import vn.gnbv.tracker.geo.UnitViews.UnitSummary;

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
    /** openapi.yaml: unit codes are 2 (province), 3 (district) or 5 (commune) digits. */
    private static final String UNIT_CODE = "[0-9]{2,5}";

    private static final String UNIT_CODE_MESSAGE = "must be a unit code of 2 to 5 digits";

    @Inject
    UnitService service;

    @Inject
    SuccessionService successions;

    @Inject
    UnitLookup lookup;

    @GET
    public Page<UnitSummary> list(
            @QueryParam("level") UnitLevel level,
            @QueryParam("parentId") Long parentId,
            @QueryParam("parent") @Pattern(regexp = UNIT_CODE, message = UNIT_CODE_MESSAGE) Code parent,
            @QueryParam("ancestorId") Long ancestorId,
            @QueryParam("code") @Pattern(regexp = UNIT_CODE, message = UNIT_CODE_MESSAGE) Code code,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("includeHistory") @DefaultValue("false") boolean includeHistory,
            @QueryParam("poorDistrict") Boolean poorDistrict,
            @QueryParam("especiallyDifficult") Boolean especiallyDifficult,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        LocalDate at = asOf == null ? LocalDate.now() : asOf;
        Long parentFilter = parentId;
        if (parent != null) {
            String parentCode = parent.value();
            long resolved = lookup.resolve(parentCode, at)
                    .map(UnitLookup.Unit::id)
                    .orElseThrow(() -> ApiException.badParam(
                            "parent", ViolationCode.UNKNOWN_UNIT, "No unit has code " + parentCode + " on " + at));
            if (parentFilter != null && parentFilter != resolved) {
                return new Page<>(List.of(), null); // both given and naming different units: nothing matches
            }
            parentFilter = resolved;
        }
        UnitFilter filter = new UnitFilter(
                level,
                parentFilter,
                ancestorId,
                Code.text(code),
                Text.clean(q),
                includeHistory ? null : at,
                poorDistrict,
                especiallyDifficult);
        return service.list(filter, limit, cursor);
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
