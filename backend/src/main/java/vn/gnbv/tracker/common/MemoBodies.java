package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of memoised answers ({@link ReadMemo}), written and gzipped once per value instead of once per request.
 * The nation's roll-up into its 63 provinces is 40 KB of JSON and 2 KB gzipped: writing and compressing it again for
 * every request was most of what a memoised answer cost. A body is kept beside its value by identity (weak keys): it
 * lives exactly as long as the memo holds the value, and a recomputed value is a new object with a new body.
 */
@ApplicationScoped
public class MemoBodies {
    /**
     * One answer's body: its JSON, the weak ETag of that JSON, and the gzip of it once a client asked. A packed body
     * (a memoised page, {@link #packed}) keeps only the gzip: a page of 1,000 lines is ~400 KB of JSON and ~30 KB
     * gzipped, and the rare client that does not take gzip gets it unzipped.
     */
    public static final class Body implements ReadMemo.Sized {
        private final byte[] json;
        private final int length;
        private final String etag;
        private volatile byte[] gzip;

        Body(byte[] json, int length, String etag) {
            this.json = json;
            this.length = length;
            this.etag = etag;
        }

        public byte[] json() {
            if (json != null) {
                return json;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The length of the JSON, also of a packed body. */
        public int length() {
            return length;
        }

        public String etag() {
            return etag;
        }

        /** Gzipped once and sent many times: at the best level for an answer ({@link #PAGE_LEVEL} for a page). */
        public byte[] gzip() {
            byte[] z = gzip;
            if (z == null) {
                z = compress(json, Deflater.BEST_COMPRESSION);
                gzip = z;
            }
            return z;
        }

        @Override
        public long bytes() {
            byte[] z = gzip;
            return (json == null ? 0 : json.length) + (z == null ? 0 : z.length) + etag.length();
        }
    }

    /**
     * The level a page is packed at, as Vert.x compresses other answers (quarkus.http.compression-level): a page is
     * packed on its first read, in the client's time. A 1,000-line page (510 KB) took 1.4 ms at level 3 and 3.2 ms at
     * level 6 (zlib, best of 20), for 29 KB against 24 KB.
     */
    static final int PAGE_LEVEL = 3;

    /** A body kept gzipped only (see {@link Body}). */
    public static Body packed(byte[] json, String etag) {
        Body b = new Body(null, json.length, etag);
        b.gzip = compress(json, PAGE_LEVEL);
        return b;
    }

    private static byte[] compress(byte[] json, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8 + 64);
        try (GZIPOutputStream g = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            g.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Values marked by the memo; the body is written on the first request that sends the value. */
    private final Cache<Object, Body[]> bodies =
            Caffeine.newBuilder().weakKeys().build();

    /** Marks a value the memo will hand out again (called once per computed value). */
    void remember(Object value) {
        if (value != null) {
            bodies.put(value, new Body[1]);
        }
    }

    /** The body of a memoised value, written once; null for any other entity. */
    public Body of(Object entity, ObjectMapper mapper) throws JsonProcessingException {
        Body[] slot = bodies.getIfPresent(entity);
        if (slot == null) {
            return null;
        }
        synchronized (slot) {
            if (slot[0] == null) {
                byte[] json = mapper.writeValueAsBytes(entity);
                slot[0] = new Body(json, json.length, HttpCaching.weakTag(json));
            }
            return slot[0];
        }
    }
}
