package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.gnbv.tracker.common.CopyFormat;

/**
 * Rows in PostgreSQL COPY text format ({@link CopyFormat}), buffered and handed to the COPY stream in large
 * chunks. Datasets add their staging columns to it ({@link UploadRow#stage}).
 */
public final class CopyText {
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final StringBuilder sb = new StringBuilder(FLUSH_AT + 4096);
    private boolean first = true;

    CopyText(OutputStream out) {
        this.out = out;
    }

    public CopyText add(String v) {
        sep();
        CopyFormat.append(sb, v);
        return this;
    }

    public CopyText add(long v) {
        sep();
        sb.append(v);
        return this;
    }

    public CopyText add(Long v) {
        return v == null ? add((String) null) : add(v.longValue());
    }

    public CopyText add(Integer v) {
        return v == null ? add((String) null) : add(v.longValue());
    }

    void endRow() throws IOException {
        sb.append('\n');
        first = true;
        if (sb.length() >= FLUSH_AT) {
            flush();
        }
    }

    void flush() throws IOException {
        if (sb.length() > 0) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
    }

    private void sep() {
        if (!first) {
            sb.append('\t');
        }
        first = false;
    }
}
