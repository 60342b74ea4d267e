package vn.gnbv.tracker.common;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A CSV page streamed row by row from the database: a cursor-based read (fetch size {@value #FETCH}, in a read-only
 * transaction) written as each batch arrives, so a 10,000-row page never sits in memory whole.
 */
public final class CsvStream {
    static final int FETCH = 500;
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /** One page: its ETag and next cursor (known before the body is written) and the body. */
    public record Page(String etag, String next, int limit, StreamingOutput body) {}

    private CsvStream() {}

    /**
     * The body: {@code header}, then per row the select's columns at {@code columns} (0-based), as text. {@code sql}
     * numbers its parameters {@code ?1, ?2, …} as {@link SqlWhere} does; null for an empty page (the header alone).
     */
    public static StreamingOutput of(DataSource ds, String sql, List<Object> args, String[] header, int[] columns) {
        return out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            String[] names = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                names[i] = header[columns[i]];
            }
            CsvCells.writeRow(w, names);
            if (sql == null) {
                w.flush();
                return;
            }
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                try (PreparedStatement ps = prepare(c, sql, args)) {
                    ps.setFetchSize(FETCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        String[] cells = new String[columns.length];
                        while (rs.next()) {
                            for (int i = 0; i < columns.length; i++) {
                                cells[i] = rs.getString(columns[i] + 1);
                            }
                            CsvCells.writeRow(w, cells);
                        }
                    }
                } finally {
                    c.rollback();
                }
            } catch (SQLException e) {
                // Headers are sent: the client sees a truncated body (no final CRLF-terminated page), not a 200 lie.
                throw new UncheckedIOException(new java.io.IOException("CSV page failed: " + e.getMessage(), e));
            }
            w.flush();
        };
    }

    /** A JDBC statement for SQL written with numbered parameters ({@code ?3}), bound in the order they appear. */
    static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        Matcher m = NUMBERED.matcher(sql);
        List<Object> ordered = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            ordered.add(args.get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(plain, "?");
        }
        m.appendTail(plain);
        PreparedStatement ps = c.prepareStatement(plain.toString());
        for (int i = 0; i < ordered.size(); i++) {
            ps.setObject(i + 1, ordered.get(i));
        }
        return ps;
    }

    /** Every column index but the ones named. */
    public static int[] without(String[] header, String... dropped) {
        List<String> drop = List.of(dropped);
        return java.util.stream.IntStream.range(0, header.length)
                .filter(i -> !drop.contains(header[i]))
                .toArray();
    }
}
