package vn.gnbv.tracker.finding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Roles;

/** /finding-rules: the rules' settings as data (thresholds, tolerance, severity, on/off), per program. */
@Path("/api/v1/finding-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class FindingRuleResource {
    @Inject
    FindingRuleService rules;

    @GET
    public List<FindingDto.Rule> list(@QueryParam("program") Code program) {
        return rules.list(Code.text(program));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{rule}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FindingDto.Rule put(
            @PathParam("rule") FindingRuleCode rule, @QueryParam("program") Code program, FindingDto.RuleInput body) {
        return rules.put(rule, Code.text(program), body);
    }
}
