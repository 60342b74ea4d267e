package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.gnbv.tracker.audit.RequestId;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Accepts uploads, front to back: check the request, claim its idempotency key (or replay the first answer),
 * receive the body onto disk, then run it at once and answer its result (synchronous) or queue it and answer 202 (a
 * job). Every upload is a job row, so a retry with the same key finds the first answer.
 */
@ApplicationScoped
public class UploadService {
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    UploadRequests requests;

    @Inject
    UploadConfig config;

    @Inject
    UploadJobs jobs;

    @Inject
    UploadEngine engine;

    @Inject
    TogetherRun together;

    @Inject
    UploadQueue queue;

    @Inject
    UploadBookkeeper bookkeeper;

    @Inject
    CallerScope scope;

    @Inject
    RequestId requestId;

    public Response upload(boolean synchronous, String dataset, UploadOptions options, InputStream body) {
        UploadSpec spec = requests.spec(synchronous, dataset, options, scope, requestId.get());
        try {
            return jobs.claim(spec) ? accept(spec, body) : replay(spec, body);
        } catch (SQLException e) {
            throw UploadRequests.unavailable(e);
        }
    }

    /** An upload whose job row was just created: run now and answer its result, or queue it and answer 202. */
    private Response accept(UploadSpec spec, InputStream body) throws SQLException {
        if (spec.synchronous()) {
            return run(spec, body).response();
        }
        Received in = receive(spec, body);
        if (in.refusal() != null) {
            return in.refusal().response();
        }
        queue.submit(spec, in.file());
        return accepted(jobs.byId(spec.id()).orElseThrow().view()).build();
    }

    /** Loads a CSV body as the system: synchronous, national, upsert, no key; recorded and audited as any upload. */
    UploadResult uploadAsSystem(Dataset dataset, Long source, InputStream csv) throws SQLException {
        UploadSpec spec = UploadSpec.system(dataset, CallerScope.Actor.SYSTEM, source);
        jobs.claim(spec);
        return run(spec, csv);
    }

    /**
     * Replaces a report's figures of several datasets at once, in ONE transaction (all written or none), as the
     * caller: each part is a synchronous JSON upload with mode=replace for {@code report}, recorded as a job and
     * audited as any upload. Must not run inside a transaction (the engine commits on its own connection).
     */
    public Together.Outcome replaceTogether(
            long report, List<Together.Part> parts, boolean dryRun, Together.BeforeCommit beforeCommit) {
        List<UploadSpec> specs = new ArrayList<>();
        List<Path> bodies = new ArrayList<>();
        try {
            for (Together.Part part : parts) {
                UploadSpec spec = requests.spec(
                        true,
                        part.dataset(),
                        new UploadOptions(UploadOptions.REPLACE, report, dryRun, null, "application/json"),
                        scope,
                        requestId.get());
                jobs.claim(spec);
                specs.add(spec);
                Received in = receive(spec, new ByteArrayInputStream(part.json()));
                if (in.refusal() != null) {
                    throw new ApiException(ErrorCode.BATCH_TOO_LARGE, "The accepted proposals are too many to load");
                }
                bodies.add(in.file());
            }
        } catch (SQLException e) {
            throw UploadRequests.unavailable(e);
        }
        List<UploadResult> results = together.run(specs, bodies, beforeCommit);
        for (int i = 0; i < specs.size(); i++) {
            bookkeeper.record(specs.get(i), results.get(i));
        }
        UploadResult failed =
                results.stream().filter(UploadResult::failed).findFirst().orElse(null);
        if (failed != null) {
            throw new ApiException(failed.failureCode(), failed.failureMessage());
        }
        List<UploadReport> reports = results.stream().map(UploadResult::report).toList();
        ErrorCode refusal = reports.stream().noneMatch(UploadReport::rejected)
                ? null
                : reports.stream()
                                .anyMatch(r -> r.lockedCells() != null
                                        && !r.lockedCells().isEmpty())
                        ? ErrorCode.PERIOD_LOCKED
                        : ErrorCode.UPLOAD_REJECTED;
        return new Together.Outcome(reports, refusal);
    }

    /** A synchronous upload: receive, run, record. */
    private UploadResult run(UploadSpec spec, InputStream body) throws SQLException {
        Received in = receive(spec, body);
        if (in.refusal() != null) {
            return in.refusal();
        }
        UploadResult result = engine.run(spec, in.file());
        bookkeeper.record(spec, result);
        return result;
    }

    /** The body on disk, or why it was refused before a row was read (recorded, answered as it is). */
    private record Received(Path file, UploadResult refusal) {}

    private Received receive(UploadSpec spec, InputStream body) throws SQLException {
        BodySpool.Spooled s;
        try {
            s = BodySpool.spool(body, limit(spec.synchronous()), request(spec), spec.id());
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
            bookkeeper.record(
                    spec,
                    UploadResult.failed(
                            ErrorCode.CLIENT_DISCONNECTED,
                            "The request body was not received" + " completely; nothing was written"));
            throw new ApiException(ErrorCode.INCOMPLETE_BODY, "The request body was not received completely");
        }
        jobs.received(spec.id(), s.fingerprint(), s.bytes(), spec.synchronous());
        return new Received(s.file(), null);
    }

    private Received refuse(UploadSpec spec, ErrorCode code, String message) {
        UploadResult refusal = UploadResult.refused(spec, code, message);
        bookkeeper.record(spec, refusal);
        return new Received(null, refusal);
    }

    /** A second request with a key already used: the first one's answer, if the request is the same. */
    private Response replay(UploadSpec spec, InputStream body) throws SQLException {
        Optional<UploadJobs.Job> found = jobs.byKey(spec.owner(), spec.idempotencyKey());
        if (found.isEmpty()) {
            // The first request failed and gave the key up between our claim and this read: claim it again.
            if (jobs.claim(spec)) {
                return accept(spec, body);
            }
            throw inUse();
        }
        UploadJobs.Job first = found.get();
        if ("RECEIVING".equals(first.state()) || (first.synchronous() && "RUNNING".equals(first.state()))) {
            throw inUse();
        }
        String fingerprint;
        try {
            BodySpool.Spooled s = BodySpool.spool(body, limit(first.synchronous()), request(spec), UUID.randomUUID());
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

    private long limit(boolean synchronous) {
        return (synchronous ? config.syncLimit() : config.jobLimit()).asLongValue();
    }

    /** What else makes two requests the same besides the body. */
    private static String request(UploadSpec spec) {
        return (spec.synchronous() ? "sync" : "job") + " " + spec.dataset().path() + " " + spec.mode() + " "
                + spec.dryRun() + " " + spec.format() + " " + spec.source();
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
