package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.gnbv.tracker.audit.RequestId;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Accepts uploads: checks the request, claims the idempotency key, receives the body onto disk, then runs it at once
 * (synchronous) or as a job. Every upload is a job row, so a retry with the same key finds the first answer.
 */
@ApplicationScoped
public class UploadService {
    static final long SYNC_LIMIT = 20L << 20;
    static final long JOB_LIMIT = 1L << 30;
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    UploadJobs jobs;

    @Inject
    UploadRunner runner;

    @Inject
    UploadRequests requests;

    @Inject
    CallerScope scope;

    @Inject
    RequestId requestId;

    public Response upload(
            boolean synchronous,
            String dataset,
            String mode,
            String dryRun,
            String key,
            String contentType,
            InputStream body) {
        UploadSpec spec = requests.spec(synchronous, dataset, mode, dryRun, key, contentType, scope, requestId.get());
        String request = (synchronous ? "sync" : "job") + " " + spec.dataset().path() + " " + spec.mode() + " "
                + spec.dryRun() + " " + spec.format();
        try {
            if (jobs.claim(spec)) {
                return receive(spec, request, body);
            }
            return replay(spec, request, body);
        } catch (SQLException e) {
            throw UploadRequests.unavailable(e);
        }
    }

    private Response replay(UploadSpec spec, String request, InputStream body) throws SQLException {
        Optional<UploadJobs.Job> found = jobs.byKey(spec.owner(), spec.idempotencyKey());
        if (found.isEmpty()) {
            // The first request failed and gave the key up between our claim and this read: claim it again.
            if (jobs.claim(spec)) {
                return receive(spec, request, body);
            }
            throw inUse();
        }
        UploadJobs.Job first = found.get();
        if ("RECEIVING".equals(first.state()) || (first.synchronous() && "RUNNING".equals(first.state()))) {
            throw inUse();
        }
        String fingerprint;
        try {
            BodySpool.Spooled s =
                    BodySpool.spool(body, first.synchronous() ? SYNC_LIMIT : JOB_LIMIT, request, UUID.randomUUID());
            Files.deleteIfExists(s.file());
            fingerprint = s.fingerprint();
        } catch (IOException | BodySpool.TooLarge | BodySpool.WrongEncoding e) {
            fingerprint = null;
        }
        if (!first.fingerprint().equals(fingerprint)) {
            throw new ApiException(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + spec.idempotencyKey() + " was used for a different request (job "
                            + first.view().id() + "); use a new key for new data");
        }
        if (first.responseStatus() != null) {
            JsonNode stored = first.responseBody();
            return Response.status(first.responseStatus())
                    .type(first.responseStatus() >= 400 ? ProblemDetail.MEDIA_TYPE : "application/json")
                    .entity(stored)
                    .header(REPLAYED, "true")
                    .build();
        }
        return accepted(first.view()).header(REPLAYED, "true").build();
    }

    private Response receive(UploadSpec spec, String request, InputStream body) throws SQLException {
        BodySpool.Spooled s;
        try {
            s = BodySpool.spool(body, spec.synchronous() ? SYNC_LIMIT : JOB_LIMIT, request, spec.id());
        } catch (BodySpool.TooLarge e) {
            return refuse(
                    spec,
                    spec.synchronous() ? ErrorCode.BATCH_TOO_LARGE : ErrorCode.PAYLOAD_TOO_LARGE,
                    spec.synchronous()
                            ? "A synchronous upload takes at most 20 MiB; send larger files to POST"
                                    + " /api/v1/upload-jobs?dataset="
                                    + spec.dataset().path()
                            : "An upload job takes at most 1 GiB; split the file");
        } catch (BodySpool.WrongEncoding e) {
            return refuse(spec, ErrorCode.UNSUPPORTED_ENCODING, e.getMessage());
        } catch (IOException e) {
            UUID id = spec.id();
            runner.finalState(
                    id,
                    () -> jobs.failed(
                            id,
                            ErrorCode.CLIENT_DISCONNECTED,
                            "The request body was not received" + " completely; nothing was written"));
            throw new ApiException(ErrorCode.INCOMPLETE_BODY, "The request body was not received completely");
        }
        jobs.received(spec.id(), s.fingerprint(), s.bytes(), spec.synchronous());
        if (spec.synchronous()) {
            return answer(spec, runner.run(spec, s.file()));
        }
        runner.submit(spec, s.file(), result -> answer(spec, result));
        return accepted(jobs.byId(spec.id()).orElseThrow().view()).build();
    }

    /** Records how an upload ended and, for a synchronous one, what to answer (a job's answer is ignored). */
    private Response answer(UploadSpec spec, UploadRunner.Result result) {
        UUID id = spec.id();
        boolean sync = spec.synchronous();
        if (result instanceof UploadRunner.Done d) {
            UploadReport r = d.report();
            if (r.rejected()) {
                ProblemDetail p = UploadProblem.rejected(r);
                runner.finalState(
                        id, () -> jobs.finished(id, "REJECTED", r, sync ? p.status() : null, sync ? p : null));
                return p.response();
            }
            if (r.dryRun()) {
                runner.finalState(id, () -> jobs.finished(id, "SUCCEEDED", r, sync ? 200 : null, sync ? r : null));
            }
            return Response.ok(r).build();
        }
        if (result instanceof UploadRunner.Refused f) {
            UploadFailure e = f.failure();
            Violation v = new Violation(e.field, e.row, ViolationCode.of(e.code), e.getMessage());
            UploadReport r = UploadReport.refused(spec, v);
            ProblemDetail p = UploadProblem.of(e.code, e.getMessage(), List.of(v), r);
            runner.finalState(id, () -> jobs.finished(id, "REJECTED", r, sync ? p.status() : null, sync ? p : null));
            return p.response();
        }
        UploadRunner.Failed e = (UploadRunner.Failed) result;
        runner.finalState(id, () -> jobs.failed(id, e.code(), e.message()));
        return UploadProblem.of(e.code(), e.message(), null, null).response();
    }

    /** A body refused before any row was read: the answer is stored, so a retry with the key gets it again. */
    private Response refuse(UploadSpec spec, ErrorCode code, String message) throws SQLException {
        Violation v = new Violation(null, null, ViolationCode.of(code), message);
        ProblemDetail p = UploadProblem.of(code, message, List.of(v), null);
        jobs.finished(spec.id(), "REJECTED", UploadReport.refused(spec, v), p.status(), p);
        return p.response();
    }

    private static Response.ResponseBuilder accepted(UploadJobView job) {
        return Response.accepted(job).location(URI.create("/api/v1/upload-jobs/" + job.id()));
    }

    private static ApiException inUse() {
        return new ApiException(
                ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still running;" + " retry when it has finished");
    }
}
