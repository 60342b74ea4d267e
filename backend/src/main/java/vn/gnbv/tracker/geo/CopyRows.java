package vn.gnbv.tracker.geo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;
import vn.gnbv.tracker.common.CopyFormat;

/** Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), built in memory and sent at once. */
final class CopyRows {
    private final StringBuilder buf = new StringBuilder(1 << 20);
    private int count;

    void row(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buf.append('\t');
            }
            CopyFormat.append(buf, values[i]);
        }
        buf.append('\n');
        count++;
    }

    int count() {
        return count;
    }

    void copyInto(CopyManager copy, String sql) throws SQLException, IOException {
        copy.copyIn(sql, new StringReader(buf.toString()));
    }
}
