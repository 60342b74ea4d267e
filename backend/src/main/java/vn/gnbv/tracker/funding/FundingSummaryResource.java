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
import java.util.function.Supplier;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.ReadMemo;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingSummary.ComponentLevel;
import vn.gnbv.tracker.security.CallerScope;

/** openapi.yaml funding-summary: parses the query (400 when malformed) and delegates, memoised until lines change. */
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

    @Inject
    ReadMemo memo;

    @Inject
    CallerScope callerScope;

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
        var q = new FundingSummaryService.SummaryQuery(
                program.value(),
                unit.value(),
                FundingLineListing.asOf(asOf, yearFrom),
                yearFrom,
                yearTo,
                Code.text(component),
                componentLevel,
                groupBy(groupBy),
                LineFilter.of(implementingBody, originYear, report),
                scope == FundingSummary.Scope.OWN);
        return memoised("summary|" + q, () -> service.summary(q));
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
        LocalDate at = FundingLineListing.asOf(asOf, year);
        LineFilter filter = LineFilter.of(implementingBody, originYear, report);
        String key = String.join(
                "|",
                "children",
                program.value(),
                unit.value(),
                String.valueOf(at),
                String.valueOf(year),
                String.valueOf(Code.text(component)),
                filter.toString());
        return memoised(
                key, () -> service.children(program.value(), unit.value(), at, year, Code.text(component), filter));
    }

    /**
     * Summaries are kept per query and caller scope until a funding line, the national summary's kept cells (which
     * follow the lines' commit) or the catalogue changes (ReadMemo).
     */
    private <T> T memoised(String key, Supplier<T> compute) {
        return memo.get(
                "funding-summary|" + key + "|" + callerScope.key(),
                List.of(FundingChangeLog.TOPIC, FundingCellsChangeLog.TOPIC),
                compute);
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
