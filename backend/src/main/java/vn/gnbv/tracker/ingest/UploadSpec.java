package vn.gnbv.tracker.ingest;

import java.util.List;
import java.util.UUID;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Everything a job needs to run without the request that created it: the caller's identity and scope are captured
 * when the upload is accepted, so a job runs with the rights its owner had then.
 *
 * @param replace the batch becomes exactly the figures of its {@code source} (mode=replace)
 * @param source the document the batch's figures are stated in (a report id), or null; the dataset checks it
 * @param scope materialised-path prefixes of the owner's subtrees; null for a national caller
 */
record UploadSpec(
        UUID id,
        Dataset dataset,
        boolean json,
        boolean insertOnly,
        boolean replace,
        Long source,
        boolean dryRun,
        boolean synchronous,
        String idempotencyKey,
        CallerScope.Actor owner,
        List<String> scope,
        String requestId) {

    /** The batch as the dataset's rules see it. */
    Dataset.Batch batch() {
        return new Dataset.Batch(source, scope);
    }

    /**
     * A synchronous CSV load by {@code actor} for the whole country, without an idempotency key: an upsert, or with a
     * {@code source} the replacement of that document's figures.
     */
    static UploadSpec system(Dataset dataset, CallerScope.Actor actor, Long source) {
        return new UploadSpec(
                UUID.randomUUID(),
                dataset,
                false,
                false,
                source != null,
                source,
                false,
                true,
                null,
                actor,
                null,
                UUID.randomUUID().toString());
    }

    String mode() {
        return replace ? "replace" : insertOnly ? "insert-only" : "upsert";
    }

    String format() {
        return json ? "JSON" : "CSV";
    }
}
