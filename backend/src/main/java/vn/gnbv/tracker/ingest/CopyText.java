package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.gnbv.tracker.common.CopyFormat;

/**
 * Rows in PostgreSQL COPY text format ({@link CopyFormat}), buffered and handed to the COPY stream in large
 * chunks. Datasets add their staging columns to it ({@link UploadRow#stage}). Each row starts with its number and
 * province (the staging table's first columns), or, loading the table directly ({@link DirectRows}), with its
 * province only, the number kept aside.
 */
public final class CopyText {
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final StringBuilder sb = new StringBuilder(FLUSH_AT + 4096);
    private final DirectRows direct;
    private boolean first = true;

    /** @param direct where the rows' numbers go when they are not staged, or null */
    CopyText(OutputStream out, DirectRows direct) {
        this.out = out;
        this.direct = direct;
    }

    CopyText begin(long row, long province) {
        if (direct == null) {
            return add(row).add(province);
        }
        direct.add(row, province);
        return add(province);
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
