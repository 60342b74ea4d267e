package vn.gnbv.tracker.finding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Versioning;

/** /findings: what doesn't add up in the stated figures, within the caller's scope; a manager's decision on each. */
@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
// Reads: every role that reads figures, within its scope; decisions: see setStatus.
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class FindingResource {
    @Inject
    FindingService findings;

    @GET
    public Page<FindingDto.View> list(
            @QueryParam("unit") Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("descendants") @DefaultValue("true") boolean descendants,
            @QueryParam("program") Code program,
            @QueryParam("indicator") Code indicator,
            @QueryParam("year") Integer year,
            @QueryParam("period") Code period,
            @QueryParam("rule") FindingRuleCode rule,
            @QueryParam("severity") FindingDto.Severity severity,
            @QueryParam("status") FindingStatus status,
            @QueryParam("report") Long report,
            @QueryParam("dataset") Code dataset,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return findings.list(
                query(
                        unit,
                        asOf,
                        descendants,
                        program,
                        indicator,
                        year,
                        period,
                        rule,
                        severity,
                        status,
                        report,
                        dataset),
                limit,
                cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GET
    @Path("summary")
    public FindingDto.Summary summary(
            @QueryParam("unit") Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("program") Code program,
            @QueryParam("indicator") Code indicator,
            @QueryParam("year") Integer year,
            @QueryParam("period") Code period,
            @QueryParam("rule") FindingRuleCode rule,
            @QueryParam("severity") FindingDto.Severity severity,
            @QueryParam("status") FindingStatus status,
            @QueryParam("report") Long report,
            @QueryParam("dataset") Code dataset) {
        return findings.summary(
                query(unit, asOf, true, program, indicator, year, period, rule, severity, status, report, dataset));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        FindingDto.View v = findings.get(id);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setStatus(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, FindingDto.StatusInput body) {
        FindingDto.View v = findings.setStatus(id, ifMatch, body);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    private static FindingService.Query query(
            Code unit,
            LocalDate asOf,
            boolean descendants,
            Code program,
            Code indicator,
            Integer year,
            Code period,
            FindingRuleCode rule,
            FindingDto.Severity severity,
            FindingStatus status,
            Long report,
            Code dataset) {
        return new FindingService.Query(
                Code.text(unit),
                asOf,
                descendants,
                Code.text(program),
                Code.text(indicator),
                year,
                Code.text(period),
                rule == null ? null : rule.name(),
                severity,
                status,
                report,
                Code.text(dataset));
    }
}
