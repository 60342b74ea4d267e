package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A catalogue table's rows (units, programs, components, indicators) as the JSON a pull writes for them (a unit's
 * object, a code's string), by id, made once per catalogue version ({@link ReadMemo}) instead of joined into every
 * page and written cell by cell. A page of 1,000 funding lines cost PostgreSQL 2.1 ms with its program, component and
 * unit joined in and 1.0 ms without (pgbench, 2026-12-06): half of the database's share of a pull.
 *
 * <p>An id the cells do not hold (a row created after they were made, before the memo saw the catalogue change) is read
 * on its own and kept. A row changed in place is written as it was until the memo sees the change: within the memo's
 * bounded delay, as every memoised answer.
 */
public final class JsonCells implements ReadMemo.Sized {
    /** One row's JSON (the columns after the id); never null. */
    @FunctionalInterface
    public interface Json {
        String of(ResultSet rs) throws SQLException;
    }

    private final DataSource ds;
    private final String sql;
    private final Json json;
    private final Map<Long, SerializableString> cells = new ConcurrentHashMap<>();
    private volatile long bytes;

    private JsonCells(DataSource ds, String sql, Json json) {
        this.ds = ds;
        this.sql = sql;
        this.json = json;
    }

    /**
     * Every row of {@code select} (its first column the id, the rest what {@code json} reads; no where clause), read
     * now, memoised by {@code memo} under {@code key} until the catalogue changes.
     */
    public static JsonCells of(ReadMemo memo, String key, DataSource ds, String select, Json json) {
        return memo.get("json-cells|" + key, java.util.List.of(), () -> {
            JsonCells c = new JsonCells(ds, select, json);
            c.read(null);
            return c;
        });
    }

    /** A row's second column (a code) as a JSON string. */
    public static Json code(ObjectMapper mapper) {
        return rs -> json(mapper, rs.getString(2));
    }

    /** {@code value} as the mapper writes it. */
    public static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of the row with this id, to be written as a raw value. */
    public SerializableString get(long id) {
        SerializableString s = cells.get(id);
        if (s == null) {
            read(id);
            s = cells.get(id);
            if (s == null) {
                throw new IllegalStateException("No row " + id + " for " + sql);
            }
        }
        return s;
    }

    private void read(Long id) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(id == null ? sql : sql + " where id = ?")) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long added = 0;
                while (rs.next()) {
                    String text = json.of(rs);
                    cells.put(rs.getLong(1), new SerializedString(text));
                    added += 64 + 2L * text.length();
                }
                bytes += added;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long bytes() {
        return bytes;
    }
}
