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
import java.util.List;
import java.util.function.Supplier;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.ReadMemo;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.indicator.IndicatorDtos.RollupChildren;
import vn.gnbv.tracker.security.CallerScope;

/** Roll-ups of an indicator to a unit, and one level of drill-down. Read-only; memoised until the figures change. */
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

    @Inject
    NationRollup nation;

    @Inject
    ReadMemo memo;

    @Inject
    CallerScope scope;

    @GET
    public Rollup rollup(
            @QueryParam("indicator") @NotNull Code indicator,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("kind") @DefaultValue("ACTUAL") ValueKind kind,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("category") Code category) {
        RollupService.Query q = new RollupService.Query(indicator, unit, period, kind, asOf, category);
        return memoised(
                "rollup", q, () -> NationRollup.names(unit) ? nation.children(q).target() : service.rollup(q));
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
        RollupService.Query q = new RollupService.Query(indicator, unit, period, kind, asOf, category);
        return memoised("children", q, () -> NationRollup.names(unit) ? nation.children(q) : service.children(q));
    }

    /** Roll-ups are kept per query and caller scope until an indicator value or the catalogue changes (ReadMemo). */
    private <T> T memoised(String what, RollupService.Query q, Supplier<T> compute) {
        String key = String.join(
                "|",
                "indicator-rollup",
                what,
                q.indicator().value(),
                q.unit().value(),
                q.period().id(),
                q.kind().name(),
                String.valueOf(q.asOf()),
                String.valueOf(Code.text(q.category())),
                scope.key());
        return memo.get(key, List.of(IndicatorChangeLog.TOPIC), compute);
    }
}
