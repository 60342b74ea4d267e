package vn.gnbv.tracker.ingest;

import java.util.List;
import vn.gnbv.tracker.common.LockedCell;

/** The report's figures as the upload goes: rows read and valid, errors, time since the start. */
record UploadCounts(UploadSpec spec, UploadStaging.Staged staged, RowErrors errors, long started) {
    /** Refused: nothing written, the rows read and their errors. */
    UploadReport rejected() {
        return of(0, 0, 0, 0, List.of(), 0).withdrawn();
    }

    UploadReport locked(List<LockedCell> cells) {
        UploadReport r = rejected();
        return new UploadReport(
                r.jobId(),
                r.dataset(),
                r.mode(),
                r.dryRun(),
                true,
                r.rowsRead(),
                r.rowsValid(),
                0,
                0,
                0,
                0,
                r.errorCount(),
                r.errors(),
                List.of(),
                0,
                r.durationMs(),
                0,
                cells,
                null,
                null);
    }

    /** Written (or, dry, would be): the first findings as warnings, {@code warningCount} in all. */
    UploadReport of(
            long inserted,
            long updated,
            long unchanged,
            long deleted,
            List<UploadWarning> warnings,
            long warningCount) {
        return new UploadReport(
                spec.id().toString(),
                spec.dataset().path(),
                spec.mode(),
                spec.dryRun(),
                false,
                staged.rows(),
                staged.valid(),
                inserted,
                updated,
                unchanged,
                deleted,
                errors.total(),
                errors.first(),
                warnings,
                warningCount,
                (System.nanoTime() - started) / 1_000_000,
                errors.outOfScope(),
                null,
                null,
                null);
    }
}
