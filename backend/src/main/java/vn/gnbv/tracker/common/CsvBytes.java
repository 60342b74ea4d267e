package vn.gnbv.tracker.common;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@link CsvCells#writeRow} over the UTF-8 bytes the database sends, for pulls: a 1,000-line CSV page is 15,000
 * cells, and decoding each into a String, testing it with regular expressions and encoding it again was most of a
 * page's Java time (JFR, 2026-12-05). The rules are CsvCells' exactly (CsvBytesTest compares the two): the bytes
 * tested are all ASCII, which never occur inside a multi-byte UTF-8 character.
 */
final class CsvBytes {
    /** Records are gathered here and handed on in blocks: BufferedOutputStream locks at every byte written. */
    static final class Out {
        private final OutputStream out;
        private final byte[] buf = new byte[64 * 1024];
        private int n;

        Out(OutputStream out) {
            this.out = out;
        }

        private void put(byte b) throws IOException {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = b;
        }

        private void put(byte[] b, int from, int length) throws IOException {
            if (length > buf.length - n) {
                flush();
                if (length > buf.length) {
                    out.write(b, from, length);
                    return;
                }
            }
            System.arraycopy(b, from, buf, n, length);
            n += length;
        }

        void flush() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    private CsvBytes() {}

    /** One record, CRLF-terminated; a null cell is empty. */
    static void writeRow(Out out, byte[][] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.put((byte) ',');
            }
            if (cells[i] != null) {
                writeCell(out, cells[i]);
            }
        }
        out.put((byte) '\r');
        out.put((byte) '\n');
    }

    private static void writeCell(Out out, byte[] v) throws IOException {
        boolean quote = false;
        for (byte b : v) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                quote = true;
                break;
            }
        }
        if (quote) {
            out.put((byte) '"');
        }
        if (needsGuard(v)) {
            out.put((byte) '\'');
        }
        if (!quote) {
            out.put(v, 0, v.length);
        } else {
            int from = 0;
            for (int i = 0; i < v.length; i++) {
                if (v[i] == '"') {
                    out.put(v, from, i + 1 - from);
                    out.put((byte) '"');
                    from = i + 1;
                }
            }
            out.put(v, from, v.length - from);
            out.put((byte) '"');
        }
    }

    /** CsvCells.needsGuard: {@code ^'*[=+\-@\t\r]}, unless the whole cell is {@code -?[0-9]+(\.[0-9]+)?}. */
    static boolean needsGuard(byte[] v) {
        int i = 0;
        while (i < v.length && v[i] == '\'') {
            i++;
        }
        if (i == v.length) {
            return false;
        }
        byte first = v[i];
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return false;
        }
        return !isNumber(v);
    }

    private static boolean isNumber(byte[] v) {
        int i = v.length > 0 && v[0] == '-' ? 1 : 0;
        int digits = digits(v, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == v.length) {
            return true;
        }
        return v[i] == '.' && digits(v, i + 1) > 0 && i + 1 + digits(v, i + 1) == v.length;
    }

    private static int digits(byte[] v, int from) {
        int i = from;
        while (i < v.length && v[i] >= '0' && v[i] <= '9') {
            i++;
        }
        return i - from;
    }
}
