package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * Canonical CSV version 1, streamed: RFC 4180 (comma, {@code "} quoting with {@code ""} inside, quoted fields may
 * span lines, CRLF or LF), UTF-8 with an optional BOM, one header row naming the columns in any order. Blank lines
 * are skipped. A quote inside an unquoted field is kept as a character, as spreadsheets write it.
 */
final class CsvRecords implements RowSource {
    private final Reader in;
    private final Dataset dataset;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long rows;
    private int[] columnOf;
    private final StringBuilder cell = new StringBuilder();

    CsvRecords(InputStream body, Dataset dataset) throws IOException {
        this.in = new StrictUtf8Reader(body);
        this.dataset = dataset;
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
        List<String> names = record();
        if (names == null) {
            throw new UploadFailure(
                    ErrorCode.CSV_HEADER_INVALID, null, null, "The file is empty: a header row is required");
        }
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
            columnOf[i] = dataset.csvIndex(name);
            if (columnOf[i] < 0) {
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
        long start = line;
        List<String> cells;
        do {
            start = line;
            cells = record();
        } while (cells != null && cells.size() == 1 && cells.get(0).isEmpty());
        if (cells == null) {
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
                String v = cells.get(i);
                values[columnOf[i]] = v.isEmpty() ? null : v;
            }
        }
        return new Row(rows, start, values, problems);
    }

    /** The next record's cells, or null at the end of input. */
    private List<String> record() throws IOException {
        if (!ensure()) {
            return null;
        }
        List<String> cells = new ArrayList<>(columnOf == null ? 16 : columnOf.length);
        while (true) {
            cell.setLength(0);
            boolean quoted = ensure() && buf[pos] == '"';
            if (quoted) {
                pos++;
                readQuoted();
            }
            // Unquoted cell, or what follows a closing quote up to the delimiter.
            while (ensure()) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                cell.append(c);
                pos++;
            }
            cells.add(cell.toString());
            if (!ensure()) {
                return cells;
            }
            char c = buf[pos++];
            if (c == ',') {
                continue;
            }
            if (c == '\r' && ensure() && buf[pos] == '\n') {
                pos++;
            }
            line++;
            return cells;
        }
    }

    private void readQuoted() throws IOException {
        long opened = line;
        while (true) {
            if (!ensure()) {
                throw new UploadFailure(
                        ErrorCode.MALFORMED_CSV,
                        rows + 1,
                        null,
                        "A quoted field opened on line " + opened + " is never closed");
            }
            char c = buf[pos++];
            if (c == '"') {
                if (ensure() && buf[pos] == '"') {
                    cell.append('"');
                    pos++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                cell.append(c);
            }
        }
    }

    private boolean ensure() throws IOException {
        if (pos < len) {
            return true;
        }
        try {
            len = in.read(buf, 0, buf.length);
        } catch (MalformedInputException e) {
            throw new UploadFailure(
                    ErrorCode.INVALID_ENCODING,
                    rows + 1,
                    null,
                    "The body is not valid UTF-8 at line " + line + " (data row " + (rows + 1) + ")");
        }
        pos = 0;
        return len > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
