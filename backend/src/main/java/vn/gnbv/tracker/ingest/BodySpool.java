package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Receives a request body onto disk, never into memory, hashing it on the way: the hash identifies the request for
 * idempotency, the file lets a job run after the 202 and lets every upload read its rows twice if it must. UTF-16
 * and UTF-32 are recognised by their first bytes (a BOM, or the zero bytes ASCII text has in them) and refused.
 */
final class BodySpool {
    /** The body is larger than allowed. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The body is UTF-16 or UTF-32. */
    static final class WrongEncoding extends Exception {
        WrongEncoding(String message) {
            super(message, null, false, false);
        }
    }

    record Spooled(Path file, long bytes, String fingerprint) {}

    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "gnbv-uploads");

    private BodySpool() {}

    /**
     * @param request what else makes two requests the same besides the body (endpoint, dataset, mode, dryRun, type)
     */
    static Spooled spool(InputStream body, long limit, String request, UUID id)
            throws IOException, TooLarge, WrongEncoding {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(id + ".body");
        MessageDigest sha = sha256();
        sha.update(request.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
                if (total == 0 && n > 0) {
                    checkEncoding(buf, n);
                }
                total += n;
                if (total > limit) {
                    throw new TooLarge();
                }
                sha.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
        return new Spooled(file, total, HexFormat.of().formatHex(sha.digest()));
    }

    /** Bodies left by a server that stopped mid-job: their jobs are failed as abandoned, the files are garbage. */
    static void removeStale() {
        long dayAgo = System.currentTimeMillis() - 86_400_000L;
        try (var files = Files.list(DIR)) {
            files.filter(f -> f.toFile().lastModified() < dayAgo)
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // No directory yet, or unreadable: nothing to clean.
        }
    }

    private static void checkEncoding(byte[] b, int n) throws WrongEncoding {
        int b0 = b[0] & 0xFF;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new WrongEncoding("The body is UTF-16 or UTF-32 (byte order mark); send UTF-8");
        }
        for (int i = 0; i < Math.min(n, 4); i++) {
            if (b[i] == 0) {
                throw new WrongEncoding("The body starts with zero bytes, as UTF-16 or UTF-32 text does; send UTF-8");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
