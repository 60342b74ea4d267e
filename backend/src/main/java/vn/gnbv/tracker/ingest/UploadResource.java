package vn.gnbv.tracker.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.Roles;

/**
 * Bulk upload (contract tag {@code ingest}). The body is taken as a raw stream: the service spools it to disk, so
 * neither a 20 MiB batch nor a 1 GiB job is ever held in memory.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {
    private static final String UPSERT = UploadOptions.UPSERT;
    private static final String MODES = UploadOptions.MODES;
    private static final String MODES_MESSAGE = "must be upsert, insert-only or replace";
    /** openapi.yaml IdempotencyKey. */
    private static final String KEY = "[\\x21-\\x7E]{1,200}";

    private static final String KEY_MESSAGE = "must be 1–200 printable ASCII characters without spaces";
    private static final String STATES = "QUEUED|RUNNING|SUCCEEDED|REJECTED|FAILED";

    @Inject
    UploadService uploads;

    @Inject
    UploadJobService jobs;

    @POST
    @Path("uploads/{dataset}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    public Response upload(
            @PathParam("dataset") String dataset,
            @QueryParam("mode") @DefaultValue(UPSERT) @Pattern(regexp = MODES, message = MODES_MESSAGE) String mode,
            @QueryParam("report") Long report,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return uploads.upload(true, dataset, new UploadOptions(mode, report, dryRun, key, contentType), body);
    }

    // POST to the collection: /upload-jobs/{x} is a job's id, never a dataset.
    @POST
    @Path("upload-jobs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    public Response createJob(
            @QueryParam("dataset") String dataset,
            @QueryParam("mode") @DefaultValue(UPSERT) @Pattern(regexp = MODES, message = MODES_MESSAGE) String mode,
            @QueryParam("report") Long report,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return uploads.upload(false, dataset, new UploadOptions(mode, report, dryRun, key, contentType), body);
    }

    @GET
    @Path("upload-jobs")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    public Page<UploadJobView> list(
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be one of " + STATES) String state,
            @QueryParam("user") String user,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return jobs.list(state, user, limit, cursor);
    }

    @GET
    @Path("upload-jobs/{jobId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    public UploadJobView get(@PathParam("jobId") String jobId) {
        return jobs.get(jobId);
    }
}
