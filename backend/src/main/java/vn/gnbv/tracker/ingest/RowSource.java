package vn.gnbv.tracker.ingest;

import java.io.IOException;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * The rows of an upload, streamed: CSV or JSON, each row as the dataset's column values (null = absent). A row
 * that cannot even be split into values (wrong cell count, a JSON field of the wrong type) is still returned, with
 * its problems attached, so one bad row never hides the others.
 */
interface RowSource extends AutoCloseable {
    /** The next row, or null at the end. Throws {@link UploadFailure} when the body cannot be read on. */
    Row next() throws IOException;

    /** Whether errors name fields in camelCase (JSON) rather than by CSV column. */
    boolean jsonNames();

    /** Whether a CSV header names the column; false for JSON, which has no header. */
    boolean hasColumn(String csv);

    @Override
    void close() throws IOException;

    /** One row: 1-based number, the line it starts on (CSV; 0 for JSON), values by column, problems found. */
    record Row(long number, long line, String[] values, java.util.List<RowProblem> problems) {}

    record RowProblem(String field, ViolationCode code, String message) {}
}
