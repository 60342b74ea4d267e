package vn.gnbv.tracker.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.indicator.IndicatorDtos.RollupChildren;

/** Roll-ups of an indicator to a unit, and one level of drill-down. Read-only, computed on request. */
@Path("/api/v1/indicator-rollups")
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
public class RollupResource {
    @Inject
    RollupService service;

    @GET
    public Rollup rollup(
            @QueryParam("indicator") @NotNull Code indicator,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("kind") @DefaultValue("ACTUAL") ValueKind kind,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("category") Code category) {
        return service.rollup(new RollupService.Query(indicator, unit, period, kind, asOf, category));
    }

    @GET
    @Path("children")
    public RollupChildren children(
            @QueryParam("indicator") @NotNull Code indicator,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("kind") @DefaultValue("ACTUAL") ValueKind kind,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("category") Code category) {
        return service.children(new RollupService.Query(indicator, unit, period, kind, asOf, category));
    }
}
