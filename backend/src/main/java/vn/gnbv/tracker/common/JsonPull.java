package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.core.Field;
import org.postgresql.util.ByteConverter;

/**
 * A page of a JSON pull (funding lines, indicator values) written straight from the ResultSet with a JsonGenerator:
 * the same bytes as Jackson makes of a {@link PullPage} of the rows' DTOs, without building a DTO (and Hibernate's
 * row objects) per row, in one statement on an autocommit connection, without a JTA transaction. Profiled under
 * load, the DTOs, Hibernate's extraction and the transaction took two thirds of a 1,000-line page's Java time.
 */
public final class JsonPull {
    /** Body, its ETag (the weak hash HttpCaching would give it), next cursor, page size and sync token. */
    public record Page(byte[] body, String etag, String next, int limit, String syncToken) {}

    /** Writes one row as a JSON object from {@code row}'s columns 2.. (column 1 is the statement's snapshot xmin). */
    @FunctionalInterface
    public interface RowWriter {
        void write(Row row) throws SQLException, IOException;
    }

    /** 2000-01-01T00:00:00Z, where PostgreSQL's binary timestamps count from, in Unix epoch seconds. */
    private static final long PG_EPOCH_SECOND = 946_684_800L;

    private static final String XMIN = "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private JsonPull() {}

    /**
     * The select list's head for {@link #page}: the xmin of the statement's own snapshot (the sync token of a pull
     * that starts with this page: every change this page does not show has a transaction id at or above it).
     */
    public static String xminColumn() {
        return "(" + XMIN + ")";
    }

    /**
     * Runs {@code sql} (numbered parameters as {@link SqlWhere} writes them; its columns: {@link #xminColumn()}, the row
     * id, then what {@code row} reads; ordered by id and limited to {@code limit + 1} rows) and writes {@code
     * {"items":[…],"next":…,"limit":…}}: the first {@code limit} rows, the cursor after the last of them when one more
     * row exists.
     */
    public static Page page(
            DataSource ds, ObjectMapper mapper, String sql, List<Object> args, int limit, RowWriter row) {
        ByteArrayBuilder out = new ByteArrayBuilder(64 * 1024);
        Long xmin = null;
        Long lastId = null;
        String next = null;
        try (Connection c = ds.getConnection();
                JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            try (PreparedStatement ps = CsvStream.prepare(c, sql, args);
                    ResultSet rs = ps.executeQuery()) {
                Row cells = new Row(g, rs);
                int n = 0;
                while (rs.next()) {
                    xmin = rs.getLong(1);
                    if (n++ == limit) {
                        next = Cursor.encode(lastId);
                        break;
                    }
                    lastId = rs.getLong(2);
                    row.write(cells);
                }
            }
            if (xmin == null) {
                xmin = snapshotXmin(c);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("next", next);
            }
            g.writeNumberField("limit", limit);
            g.writeEndObject();
        } catch (SQLException e) {
            // ProblemMappers turns a lost connection (SQLState 08…) in the cause chain into 503.
            throw new IllegalStateException("pull page failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toByteArray();
        return new Page(body, HttpCaching.weakTag(body), next, limit, SyncToken.encode(xmin));
    }

    private static long snapshotXmin(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(XMIN);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A field name encoded once (quoted UTF-8 bytes), as Jackson's bean serializers keep theirs. */
    public static SerializableString name(String field) {
        return new SerializedString(field);
    }

    /** The current row of a page's ResultSet, written field by field into the page's generator. */
    public static final class Row {
        private final JsonGenerator g;
        private final ResultSet rs;
        // Per column, the last TIMES timestamps written and their texts: a page's lines mostly share a few uploads'
        // created and updated times, and formatting an Instant was the costliest cell of a row. One slot for both
        // columns missed on every cell where a line's two times differ (a tenth of a page's Java time, bench 05:28);
        // one per column, on every line whose update time was another's than the line before's (lines re-stated in
        // two uploads alternate). The key: the value's microseconds since PostgreSQL's epoch, as sent in binary.
        private static final int TIMES = 4;
        private final long[][] lastKey;
        private final SerializableString[][] lastText;
        private final int[] nextSlot;
        // Per column, whether it is a timestamptz sent in binary (a server-prepared statement's result): its 8 bytes
        // are then compared with the last value's before anything is decoded. Decoding every cell into an
        // OffsetDateTime, most of them to find the text already made, took 44 % of a 1,000-line page's Java time
        // (JFR, 2026-12-06 12:31).
        private final boolean[] micros;
        // Per column, whether it is text: its UTF-8 bytes are then written as they came (Jackson escapes them as it
        // would the String), without decoding them into a String first. Other columns may arrive in binary.
        private final boolean[] text;

        Row(JsonGenerator g, ResultSet rs) throws SQLException {
            this.g = g;
            this.rs = rs;
            var md = rs.getMetaData();
            int columns = md.getColumnCount() + 1;
            lastKey = new long[columns][TIMES];
            lastText = new SerializableString[columns][TIMES];
            nextSlot = new int[columns];
            text = new boolean[columns];
            micros = new boolean[columns];
            PGResultSetMetaData pg =
                    md.isWrapperFor(PGResultSetMetaData.class) ? md.unwrap(PGResultSetMetaData.class) : null;
            for (int c = 1; c < columns; c++) {
                text[c] = CsvStream.isText(md, c);
                micros[c] = pg != null
                        && "timestamptz".equals(md.getColumnTypeName(c))
                        && pg.getFormat(c) == Field.BINARY_FORMAT;
            }
        }

        public JsonGenerator generator() {
            return g;
        }

        /** A text column, or JSON null. */
        public void string(SerializableString field, int column) throws SQLException, IOException {
            g.writeFieldName(field);
            if (text[column]) {
                byte[] utf8 = rs.getBytes(column);
                if (utf8 == null) {
                    g.writeNull();
                } else if (beyondBmp(utf8)) {
                    // Jackson escapes a String's surrogate pairs; UTF-8 input's 4-byte characters it copies as is.
                    g.writeString(new String(utf8, StandardCharsets.UTF_8));
                } else {
                    g.writeUTF8String(utf8, 0, utf8.length);
                }
                return;
            }
            String s = rs.getString(column);
            if (s == null) {
                g.writeNull();
            } else {
                g.writeString(s);
            }
        }

        /** Whether the text holds a character outside the Basic Multilingual Plane (4 bytes in UTF-8). */
        private static boolean beyondBmp(byte[] utf8) {
            for (byte b : utf8) {
                if ((b & 0xF8) == 0xF0) {
                    return true;
                }
            }
            return false;
        }

        /** An integer column, or JSON null. */
        public void number(SerializableString field, int column) throws SQLException, IOException {
            long v = rs.getLong(column);
            g.writeFieldName(field);
            if (rs.wasNull()) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }

        /**
         * A date column as Jackson writes a LocalDate (ISO-8601), or JSON null: PostgreSQL's own text (the driver
         * asks for DateStyle ISO), which is that string for the years the product stores, without a LocalDate.
         */
        public void date(SerializableString field, int column) throws SQLException, IOException {
            string(field, column);
        }

        /**
         * A numeric column as a JSON string of its exact digits, or JSON null: PostgreSQL writes numeric in plain
         * notation with its scale, as BigDecimal.toPlainString would, so its text is sent as it came.
         */
        public void decimalText(SerializableString field, int column) throws SQLException, IOException {
            string(field, column);
        }

        /** An id column written as the JSON {@code cells} hold for that id (a unit's object, a code), or JSON null. */
        public void cell(SerializableString field, int column, JsonCells cells) throws SQLException, IOException {
            long id = rs.getLong(column);
            g.writeFieldName(field);
            if (rs.wasNull()) {
                g.writeNull();
            } else {
                g.writeRawValue(cells.get(id));
            }
        }

        /** A boolean column (not null). */
        public void bool(SerializableString field, int column) throws SQLException, IOException {
            g.writeFieldName(field);
            g.writeBoolean(rs.getBoolean(column));
        }

        /** The text of a binary timestamp (microseconds since 2000), from the column's last ones if it is one. */
        private SerializableString timeText(int column, long us) {
            long[] keys = lastKey[column];
            SerializableString[] texts = lastText[column];
            for (int i = 0; i < TIMES; i++) {
                if (texts[i] != null && keys[i] == us) {
                    return texts[i];
                }
            }
            int slot = nextSlot[column];
            nextSlot[column] = (slot + 1) % TIMES;
            keys[slot] = us;
            texts[slot] = new SerializedString(Instant.ofEpochSecond(
                            PG_EPOCH_SECOND + Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L)
                    .toString());
            return texts[slot];
        }

        /** A timestamptz column as Jackson writes an Instant (ISO-8601 in UTC, Instant.toString), or JSON null. */
        public void instant(SerializableString field, int column) throws SQLException, IOException {
            g.writeFieldName(field);
            if (micros[column]) {
                byte[] b = rs.getBytes(column);
                if (b == null) {
                    g.writeNull();
                    return;
                }
                long us = ByteConverter.int8(b, 0);
                // ±infinity (the longs' extremes) are not instants: the driver's own mapping below says what they are.
                if (us != Long.MAX_VALUE && us != Long.MIN_VALUE) {
                    g.writeString(timeText(column, us));
                    return;
                }
            }
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            if (t == null) {
                g.writeNull();
                return;
            }
            // Text (a statement's first executions on a connection, before the driver prepares it on the server).
            g.writeString(t.toInstant().toString());
        }
    }
}
