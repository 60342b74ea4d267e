package vn.gnbv.tracker.ingest;

import java.util.List;

/**
 * openapi.yaml UploadWarning: a finding the upload opened, reopened or resolved (never a reason to refuse it), with
 * the upload's rows among its figures (empty when only stored figures are involved, e.g. a deleted one's neighbours).
 */
public record UploadWarning(
        String code, String change, long findingId, String severity, String message, List<Long> rows) {}
