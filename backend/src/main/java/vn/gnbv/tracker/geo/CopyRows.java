package vn.gnbv.tracker.geo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), built in memory and sent at once. */
final class CopyRows {
  private final StringBuilder buf = new StringBuilder(1 << 20);
  private int count;

  void row(String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buf.append('\t');
      }
      append(values[i]);
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

  private void append(String v) {
    if (v == null) {
      buf.append("\\N");
      return;
    }
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '\\' -> buf.append("\\\\");
        case '\t' -> buf.append("\\t");
        case '\n' -> buf.append("\\n");
        case '\r' -> buf.append("\\r");
        default -> buf.append(ch);
      }
    }
  }
}
