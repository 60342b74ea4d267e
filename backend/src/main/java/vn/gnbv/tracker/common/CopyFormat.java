package vn.gnbv.tracker.common;

/** PostgreSQL COPY text format: {@code \N} for null, backslash escapes for what would break a row or a field. */
public final class CopyFormat {
    private CopyFormat() {}

    public static void append(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }
}
