package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.gnbv.tracker.common.ErrorCode;

/**
 * Several replace uploads of one report in one transaction ({@link UploadService#replaceTogether}): what a caller
 * hands over and what it gets back.
 */
public final class Together {
    private Together() {}

    /** One dataset's rows: a JSON array of row objects with the upload's field names. */
    public record Part(String dataset, byte[] json) {}

    /** Runs in the uploads' transaction once everything is written, before the commit; a throw rolls all back. */
    public interface BeforeCommit {
        void run(Connection c, List<UploadReport> reports) throws SQLException;
    }

    /**
     * Each part's report, in order; {@code refusal} null when written (or, for a dry run, valid), else why nothing
     * was: UPLOAD_REJECTED (row errors) or PERIOD_LOCKED (approved figures).
     */
    public record Outcome(List<UploadReport> reports, ErrorCode refusal) {}
}
