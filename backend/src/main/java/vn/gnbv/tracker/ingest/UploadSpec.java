package vn.gnbv.tracker.ingest;

import java.util.List;
import java.util.UUID;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Everything a job needs to run without the request that created it: the caller's identity and scope are captured
 * when the upload is accepted, so a job runs with the rights its owner had then.
 *
 * @param scope materialised-path prefixes of the owner's subtrees; null for a national caller
 */
record UploadSpec(
        UUID id,
        Dataset dataset,
        boolean json,
        boolean insertOnly,
        boolean dryRun,
        boolean synchronous,
        String idempotencyKey,
        CallerScope.Actor owner,
        List<String> scope,
        String requestId) {

    /** A synchronous CSV upsert by {@code actor} for the whole country, without an idempotency key. */
    static UploadSpec system(Dataset dataset, CallerScope.Actor actor) {
        return new UploadSpec(
                UUID.randomUUID(),
                dataset,
                false,
                false,
                false,
                true,
                null,
                actor,
                null,
                UUID.randomUUID().toString());
    }

    String mode() {
        return insertOnly ? "insert-only" : "upsert";
    }

    String format() {
        return json ? "JSON" : "CSV";
    }
}
