package vn.gnbv.tracker.ingest;

/**
 * An upload request's parameters and headers besides its dataset and body, as the resource received them (typed
 * and pattern-checked there).
 *
 * @param mode upsert, insert-only or replace
 * @param report the report the file's figures are stated in, or null
 */
record UploadOptions(String mode, Long report, boolean dryRun, String idempotencyKey, String contentType) {
    static final String UPSERT = "upsert";
    static final String INSERT_ONLY = "insert-only";
    static final String REPLACE = "replace";
    /** The contract's enum, as a pattern. */
    static final String MODES = "upsert|insert-only|replace";
}
