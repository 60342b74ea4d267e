package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of memoised answers ({@link ReadMemo}), written and gzipped once per value instead of once per request.
 * The nation's roll-up into its 63 provinces is 40 KB of JSON and 2 KB gzipped: writing and compressing it again for
 * every request was most of what a memoised answer cost. A body is kept beside its value by identity (weak keys): it
 * lives exactly as long as the memo holds the value, and a recomputed value is a new object with a new body.
 */
@ApplicationScoped
public class MemoBodies {
    /** One value's body: its JSON, the weak ETag of that JSON, and the gzip of it once a client asked. */
    public static final class Body {
        private final byte[] json;
        private final String etag;
        private volatile byte[] gzip;

        Body(byte[] json) {
            this.json = json;
            this.etag = HttpCaching.weakTag(json);
        }

        public byte[] json() {
            return json;
        }

        public String etag() {
            return etag;
        }

        /** Gzipped at the best level: it is compressed once and sent many times. */
        public byte[] gzip() {
            byte[] z = gzip;
            if (z == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8 + 64);
                try (GZIPOutputStream g = new GZIPOutputStream(out) {
                    {
                        def.setLevel(Deflater.BEST_COMPRESSION);
                    }
                }) {
                    g.write(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                z = out.toByteArray();
                gzip = z;
            }
            return z;
        }
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
                slot[0] = new Body(mapper.writeValueAsBytes(entity));
            }
            return slot[0];
        }
    }
}
