package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * A JSON array of row objects, streamed token by token (never the whole document in memory). Numbers are taken
 * from their literal text, so {@code 253.69} stays exactly that and {@code 1e9} can be refused.
 */
final class JsonRecords implements RowSource {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser p;
    private final Dataset dataset;
    private long rows;

    JsonRecords(InputStream body, Dataset dataset) throws IOException {
        this.dataset = dataset;
        this.p = FACTORY.createParser(new StrictUtf8Reader(body));
        if (token() != JsonToken.START_ARRAY) {
            throw new UploadFailure(
                    ErrorCode.MALFORMED_JSON, null, null, "The body must be a JSON array of row objects");
        }
    }

    @Override
    public boolean hasColumn(String csv) {
        return false;
    }

    @Override
    public boolean jsonNames() {
        return true;
    }

    @Override
    public Row next() throws IOException {
        // Jackson reads lazily (a long string is only read when its text is asked for), so any call may meet a bad
        // byte.
        try {
            return read();
        } catch (MalformedInputException e) {
            throw new UploadFailure(
                    ErrorCode.INVALID_ENCODING,
                    rows,
                    null,
                    "The body is not valid UTF-8 (in or after" + " element " + rows + ")");
        } catch (JsonProcessingException e) {
            throw new UploadFailure(
                    ErrorCode.MALFORMED_JSON,
                    rows,
                    null,
                    "Malformed JSON in or after element " + rows + ": " + e.getOriginalMessage());
        }
    }

    private Row read() throws IOException {
        JsonToken t = token();
        if (t == JsonToken.END_ARRAY) {
            if (token() != null) {
                throw new UploadFailure(ErrorCode.MALFORMED_JSON, null, null, "Nothing may follow the array");
            }
            return null;
        }
        rows++;
        String[] values = new String[dataset.columns().size()];
        List<RowProblem> problems = new ArrayList<>(0);
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            problems.add(new RowProblem(null, ViolationCode.NOT_AN_OBJECT, "Element " + rows + " is not an object"));
            return new Row(rows, 0, values, problems);
        }
        while ((t = token()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int i = dataset.jsonIndex(name);
            JsonToken v = token();
            if (i < 0) {
                p.skipChildren();
                problems.add(new RowProblem(name, ViolationCode.UNKNOWN_FIELD, "Unknown field " + name));
            } else if (values[i] != null) {
                p.skipChildren();
                problems.add(new RowProblem(name, ViolationCode.DUPLICATE_FIELD, "Field " + name + " appears twice"));
            } else if (v == JsonToken.VALUE_STRING
                    || v == JsonToken.VALUE_NUMBER_INT
                    || v == JsonToken.VALUE_NUMBER_FLOAT) {
                String s = p.getText();
                values[i] = s.isEmpty() ? null : s;
            } else if (v != JsonToken.VALUE_NULL) {
                p.skipChildren();
                problems.add(new RowProblem(name, ViolationCode.WRONG_TYPE, name + " must be a string or a number"));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new UploadFailure(ErrorCode.MALFORMED_JSON, rows, null, "Row " + rows + " is not a complete object");
        }
        return new Row(rows, 0, values, problems);
    }

    private JsonToken token() throws IOException {
        try {
            return p.nextToken();
        } catch (MalformedInputException e) {
            throw new UploadFailure(
                    ErrorCode.INVALID_ENCODING,
                    rows + 1,
                    null,
                    "The body is not valid UTF-8 (in or after" + " element " + (rows + 1) + ")");
        } catch (JsonProcessingException e) {
            throw new UploadFailure(
                    ErrorCode.MALFORMED_JSON,
                    rows + 1,
                    null,
                    "Malformed JSON in or after element " + (rows + 1) + ": " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
