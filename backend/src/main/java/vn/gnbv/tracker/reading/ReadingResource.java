package vn.gnbv.tracker.reading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Pulls;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.reading.ReadingDtos.BulkDecision;
import vn.gnbv.tracker.reading.ReadingDtos.BulkResult;
import vn.gnbv.tracker.reading.ReadingDtos.Commit;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;
import vn.gnbv.tracker.reading.ReadingDtos.ReadingView;
import vn.gnbv.tracker.reading.ReadingDtos.Status;

/** A report's reading and its proposals (openapi.yaml tag reading): run, list, decide in bulk, commit. */
@Path("/api/v1/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
// Reads: every signed-in role, within its scope; runs, decisions and commits: the roles that upload figures.
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class ReadingResource {
    @Inject
    ReadingService readings;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalCommitService commits;

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Path("reading")
    public ReadingView read(@PathParam("id") long id) {
        ReadingService.Outcome out = readings.read(id);
        if (out.failure() != null) {
            // The failed reading is stored and audited (its transaction committed); the answer says why.
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, out.failure());
        }
        return out.reading();
    }

    @GET
    @Path("reading")
    public ReadingView reading(@PathParam("id") long id) {
        return readings.latest(id);
    }

    /** JSON, paged; or with Accept: text/csv every match of one dataset as canonical CSV with review columns. */
    @GET
    @Path("proposals")
    @Produces({MediaType.APPLICATION_JSON, Pulls.CSV})
    public Response list(
            @PathParam("id") long id,
            @QueryParam("dataset") String dataset,
            @QueryParam("status") Status status,
            @QueryParam("minConfidence") String minConfidence,
            @QueryParam("maxConfidence") String maxConfidence,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers) {
        if (dataset != null && !ProposalRows.DATASETS.contains(dataset)) {
            throw ApiException.badParam(
                    "dataset", ViolationCode.UNKNOWN_CODE, "dataset must be one of " + ProposalRows.DATASETS);
        }
        ProposalService.Query q = new ProposalService.Query(
                dataset,
                status,
                confidence("minConfidence", minConfidence),
                confidence("maxConfidence", maxConfidence));
        if (!Pulls.wantsCsv(headers)) {
            Page<ProposalView> page = proposals.list(id, q, limit, cursor);
            return Response.ok(page).build();
        }
        if (dataset == null) {
            throw ApiException.badParam(
                    "dataset", ViolationCode.MISSING, "CSV has the columns of one dataset: name it (dataset)");
        }
        String csv = proposals.csv(id, q);
        return Response.ok(csv, Pulls.CSV_UTF8)
                .tag(new EntityTag(sha256(csv), true))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Path("proposals/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult decide(@PathParam("id") long id, BulkDecision body) {
        return proposals.decideMany(id, body);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Path("proposals/commit")
    public Commit commit(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return commits.commit(id, dryRun);
    }

    /** A confidence bound: a number in [0, 1]; anything else is 400 naming the parameter. */
    private static Double confidence(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= 0 && d <= 1 && v.strip().matches("[0-9.]+")) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badParam(name, ViolationCode.OUT_OF_RANGE, name + " must be a number in [0, 1], not " + v);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
