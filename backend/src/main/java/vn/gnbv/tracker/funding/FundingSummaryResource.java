package vn.gnbv.tracker.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingSummary.ComponentLevel;
import vn.gnbv.tracker.security.Roles;

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
            @QueryParam("program") String program,
            @QueryParam("unit") String unit,
            @QueryParam("asOf") String asOf,
            @QueryParam("yearFrom") String yearFrom,
            @QueryParam("yearTo") String yearTo,
            @QueryParam("component") String component,
            @QueryParam("componentLevel") String componentLevel,
            @QueryParam("groupBy") String groupBy) {
        Integer from = Params.intOrNull("yearFrom", yearFrom);
        Integer to = Params.intOrNull("yearTo", yearTo);
        FundingLineListing.checkRange(from, to);
        ComponentLevel level = Params.enumOrNull(ComponentLevel.class, "componentLevel", componentLevel);
        return service.summary(new FundingSummaryService.SummaryQuery(
                required("program", program),
                required("unit", unit),
                FundingLineListing.asOf(asOf, from),
                from,
                to,
                optional(component),
                level == null ? ComponentLevel.LEAF : level,
                groupBy(groupBy)));
    }

    @GET
    @Path("children")
    public FundingSummary.Children children(
            @QueryParam("program") String program,
            @QueryParam("unit") String unit,
            @QueryParam("asOf") String asOf,
            @QueryParam("year") String year,
            @QueryParam("component") String component) {
        Integer y = Params.intOrNull("year", year);
        if (y == null) {
            throw ApiException.badParam("year", ViolationCode.MISSING, "year is required");
        }
        return service.children(
                required("program", program),
                required("unit", unit),
                FundingLineListing.asOf(asOf, y),
                y,
                optional(component));
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

    private static String required(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badParam(name, ViolationCode.MISSING, name + " is required");
        }
        return raw.strip();
    }

    private static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
