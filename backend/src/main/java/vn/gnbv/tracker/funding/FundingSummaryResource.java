package vn.gnbv.tracker.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingSummary.ComponentLevel;

/** openapi.yaml funding-summary: parses the query (400 when malformed) and delegates. */
@Path("/api/v1/funding-summary")
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
public class FundingSummaryResource {
    @Inject
    FundingSummaryService service;

    @GET
    public FundingSummary summary(
            @QueryParam("program") @NotNull Code program,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo,
            @QueryParam("component") Code component,
            @QueryParam("componentLevel") @DefaultValue("LEAF") ComponentLevel componentLevel,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("implementingBody") @Size(max = MaxLength.NAME) String implementingBody,
            @QueryParam("originYear") Integer originYear,
            @QueryParam("report") Long report,
            @QueryParam("scope") @DefaultValue("SUBTREE") FundingSummary.Scope scope) {
        FundingLineListing.checkRange(yearFrom, yearTo);
        return service.summary(new FundingSummaryService.SummaryQuery(
                program.value(),
                unit.value(),
                FundingLineListing.asOf(asOf, yearFrom),
                yearFrom,
                yearTo,
                Code.text(component),
                componentLevel,
                groupBy(groupBy),
                LineFilter.of(implementingBody, originYear, report),
                scope == FundingSummary.Scope.OWN));
    }

    @GET
    @Path("children")
    public FundingSummary.Children children(
            @QueryParam("program") @NotNull Code program,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("year") @NotNull Integer year,
            @QueryParam("component") Code component,
            @QueryParam("implementingBody") @Size(max = MaxLength.NAME) String implementingBody,
            @QueryParam("originYear") Integer originYear,
            @QueryParam("report") Long report) {
        return service.children(
                program.value(),
                unit.value(),
                FundingLineListing.asOf(asOf, year),
                year,
                Code.text(component),
                LineFilter.of(implementingBody, originYear, report));
    }

    /** "source,capitalType" in any order, without repeats; returned in the canonical order. */
    private static List<String> groupBy(String raw) {
        List<String> given = new ArrayList<>();
        if (raw != null && !raw.isBlank()) {
            for (String part : raw.split(",")) {
                String g = part.strip();
                if (!FundingSummaryService.GROUPS.containsKey(g)) {
                    throw ApiException.badParam(
                            "groupBy", ViolationCode.UNKNOWN_GROUP, "groupBy takes source and/or capitalType");
                }
                given.add(g);
            }
        }
        return List.of("source", "capitalType").stream().filter(given::contains).toList();
    }
}
