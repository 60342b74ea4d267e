package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.gnbv.tracker.common.LockedCell;
import vn.gnbv.tracker.common.ProblemDetail.Violation;

/** What an upload did, or with dryRun would do (contract schema UploadReport). */
public record UploadReport(
        String jobId,
        String dataset,
        String mode,
        boolean dryRun,
        boolean rejected,
        long rowsRead,
        long rowsValid,
        long inserted,
        long updated,
        long unchanged,
        long deleted,
        long errorCount,
        List<Violation> errors,
        List<UploadWarning> warnings,
        // All the findings the upload changed; warnings lists the first 1,000.
        long warningCount,
        long durationMs,
        @JsonIgnore long outOfScope,
        // The approved sign-offs the batch would change (then refused, 409 PERIOD_LOCKED); absent otherwise.
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LockedCell> lockedCells,
        // The findings' time after the figures committed (within durationMs); absent when they ran in its transaction.
        @JsonInclude(JsonInclude.Include.NON_NULL) Long findingsMs,
        // True when the figures are written but their findings are not yet: the server recomputes them shortly.
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean findingsPending) {

    /** The figures committed, their findings still to come: what the job keeps should the server stop now. */
    UploadReport figuresWritten() {
        return withFindings(List.of(), 0, durationMs, null, true);
    }

    /**
     * The findings done after the figures committed {@code findingsMs} ago, {@code durationMs} since the start: the
     * first ones as warnings, {@code count} in all.
     */
    UploadReport withFindings(
            List<UploadWarning> found, long count, long durationMs, Long findingsMs, Boolean pending) {
        return new UploadReport(
                jobId,
                dataset,
                mode,
                dryRun,
                rejected,
                rowsRead,
                rowsValid,
                inserted,
                updated,
                unchanged,
                deleted,
                errorCount,
                errors,
                found,
                count,
                durationMs,
                outOfScope,
                lockedCells,
                findingsMs,
                pending);
    }

    /**
     * Refused — for its own rows' errors, or with the other uploads of one transaction when another one was refused:
     * nothing written, no counts, no findings; what was read stays.
     */
    UploadReport withdrawn() {
        return new UploadReport(
                jobId,
                dataset,
                mode,
                dryRun,
                true,
                rowsRead,
                rowsValid,
                0,
                0,
                0,
                0,
                errorCount,
                errors,
                List.of(),
                0,
                durationMs,
                outOfScope,
                lockedCells,
                null,
                null);
    }

    /** The report of a body that could not be read on: one error, nothing written. */
    static UploadReport refused(UploadSpec job, Violation error) {
        return new UploadReport(
                job.id().toString(),
                job.dataset().path(),
                job.mode(),
                job.dryRun(),
                true,
                0,
                0,
                0,
                0,
                0,
                0,
                1,
                List.of(error),
                List.of(),
                0,
                0,
                0,
                null,
                null,
                null);
    }
}
