package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that refuses invalid bytes exactly where they are: {@link java.io.InputStreamReader} decodes ahead in
 * chunks, so its error would surface rows before the bad byte. Here every character before the bad sequence is
 * delivered first, and the next read throws, so the parser knows the row that holds it.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private MalformedInputException pending;
    private boolean started;
    private boolean ended;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (pending != null) {
                throw pending;
            }
            if (!bytes.hasRemaining() && eof) {
                ended = true;
                return -1;
            }
            if (!eof && bytes.remaining() < 4) {
                fill();
            }
            if (!started && (bytes.remaining() >= 3 || eof)) {
                started = true;
                skipBom();
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                pending = new MalformedInputException(r.length());
            } else if (eof && !bytes.hasRemaining()) {
                decoder.flush(out);
                if (out.position() == off) {
                    ended = true;
                    return -1;
                }
            }
        }
        return out.position() - off;
    }

    /** Whether a read has reported the end of input, so a parser that failed there failed at the end. */
    boolean ended() {
        return ended;
    }

    /** A UTF-8 byte order mark is allowed (spreadsheets write one) and is not part of the data. */
    private void skipBom() {
        if (bytes.remaining() >= 3
                && (bytes.get(bytes.position()) & 0xFF) == 0xEF
                && (bytes.get(bytes.position() + 1) & 0xFF) == 0xBB
                && (bytes.get(bytes.position() + 2) & 0xFF) == 0xBF) {
            bytes.position(bytes.position() + 3);
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
