package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.common.CsvCells;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * Canonical CSV version 1, streamed by jackson-dataformat-csv: RFC 4180 (comma, {@code "} quoting with {@code ""}
 * inside, quoted fields may span lines, CRLF or LF), UTF-8 with an optional BOM, one header row naming the columns
 * in any order. Blank lines are skipped. A quote inside an unquoted field is kept as a character, as spreadsheets
 * write it; text after a closing quote (other than blanks) is malformed, as RFC 4180 has it. Each row carries the
 * line it starts on, so errors can name both.
 */
final class CsvRecords implements RowSource {
    // Rows come as arrays of strings: no schema, no type guessing, no trailing-comma leniency.
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    /**
     * The review columns of a report's proposals as CSV (reading feature, contract tag {@code reading}): a reviewer's
     * file goes back through an upload unchanged, so they are skipped whatever they hold. Never a dataset's column.
     */
    static final Set<String> REVIEW_COLUMNS =
            Set.of("proposal_id", "proposal_status", "confidence", "quote", "reasons");

    /** A header cell's column index that is skipped. */
    private static final int SKIPPED = -2;

    private final StrictUtf8Reader in;
    private final CsvParser parser;
    private final Dataset dataset;
    private final List<String> cells = new ArrayList<>();
    private long start;
    private long rows;
    private int[] columnOf;

    CsvRecords(InputStream body, Dataset dataset) throws IOException {
        this.in = new StrictUtf8Reader(body);
        this.dataset = dataset;
        this.parser = (CsvParser) FACTORY.createParser(in);
        token(); // the array that wraps all rows
        readHeader();
    }

    @Override
    public boolean hasColumn(String csv) {
        int i = dataset.index(csv);
        for (int c : columnOf) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean jsonNames() {
        return false;
    }

    private void readHeader() throws IOException {
        if (!record()) {
            throw new UploadFailure(
                    ErrorCode.CSV_HEADER_INVALID, null, null, "The file is empty: a header row is required");
        }
        List<String> names = new ArrayList<>(cells);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        columnOf = new int[names.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (!seen.add(name)) {
                throw header(name, "Column " + name + " appears twice in the header");
            }
            columnOf[i] = REVIEW_COLUMNS.contains(name) ? SKIPPED : dataset.csvIndex(name);
            if (columnOf[i] == -1) {
                throw header(
                        name,
                        "Unknown column " + name + "; the columns of " + dataset.path() + " are "
                                + String.join(
                                        ",",
                                        dataset.columns().stream()
                                                .map(Dataset.Column::csv)
                                                .toList()));
            }
        }
        for (Dataset.Column c : dataset.columns()) {
            if (c.required() && !seen.contains(c.csv())) {
                throw header(c.csv(), "The header lacks the required column " + c.csv());
            }
        }
        dataset.headerProblem(seen).ifPresent(m -> {
            throw header(null, m);
        });
    }

    private UploadFailure header(String column, String message) {
        return new UploadFailure(ErrorCode.CSV_HEADER_INVALID, null, column, message);
    }

    @Override
    public Row next() throws IOException {
        boolean more;
        do {
            more = record();
        } while (more && (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()));
        if (!more) {
            return null;
        }
        rows++;
        String[] values = new String[dataset.columns().size()];
        List<RowProblem> problems = List.of();
        if (cells.size() != columnOf.length) {
            problems = List.of(new RowProblem(
                    null,
                    ViolationCode.WRONG_CELL_COUNT,
                    "Line " + start + " has " + cells.size() + " cells; the header has " + columnOf.length));
        } else {
            for (int i = 0; i < cells.size(); i++) {
                if (columnOf[i] == SKIPPED) {
                    continue;
                }
                String v = cells.get(i);
                // A cell a pull protected against formula injection (CsvCells) reads back as the value it was.
                values[columnOf[i]] = v.isEmpty() ? null : CsvCells.unprotect(v);
            }
        }
        return new Row(rows, start, values, problems);
    }

    /** Reads the next record into {@link #cells} and the line it starts on; false at the end of input. */
    private boolean record() throws IOException {
        cells.clear();
        if (token() != JsonToken.START_ARRAY) {
            return false;
        }
        start = parser.currentLocation().getLineNr();
        while (token() == JsonToken.VALUE_STRING) {
            if (cells.isEmpty()) {
                start = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return true;
    }

    /** The parser's next token; unreadable input becomes the failure that names the row it is in. */
    private JsonToken token() throws IOException {
        try {
            return parser.nextToken();
        } catch (MalformedInputException e) {
            throw new UploadFailure(
                    ErrorCode.INVALID_ENCODING,
                    rows + 1,
                    null,
                    "The body is not valid UTF-8 at line "
                            + parser.currentLocation().getLineNr() + " (data row " + (rows + 1) + ")");
        } catch (JsonProcessingException e) {
            // The token location is where the failing value began: for a quote never closed, the opening quote.
            long line = parser.currentTokenLocation().getLineNr();
            throw new UploadFailure(
                    ErrorCode.MALFORMED_CSV,
                    rows + 1,
                    null,
                    in.ended()
                            ? "A quoted field opened on line " + line + " is never closed"
                            : "Line " + parser.currentLocation().getLineNr()
                                    + ": a quoted field must be followed by a comma or the end of the line");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
