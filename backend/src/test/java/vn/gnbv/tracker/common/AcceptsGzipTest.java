package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a memoised answer is sent as its stored gzip (RFC 9110 12.5.3). */
class AcceptsGzipTest {
    @Test
    void gzipListedWithoutQZero() {
        assertTrue(HttpCaching.acceptsGzip("gzip"));
        assertTrue(HttpCaching.acceptsGzip("deflate, gzip;q=0.5"));
        assertTrue(HttpCaching.acceptsGzip("GZIP"));
        assertTrue(HttpCaching.acceptsGzip("x-gzip"));
        assertTrue(HttpCaching.acceptsGzip("br;q=1.0, gzip; q=0.001"));
    }

    @Test
    void notWhenAbsentRefusedOrOnlyOtherCodings() {
        assertFalse(HttpCaching.acceptsGzip(null));
        assertFalse(HttpCaching.acceptsGzip(""));
        assertFalse(HttpCaching.acceptsGzip("identity"));
        assertFalse(HttpCaching.acceptsGzip("deflate, br"));
        assertFalse(HttpCaching.acceptsGzip("gzip;q=0"));
        assertFalse(HttpCaching.acceptsGzip("gzip; q=0.000, deflate"));
        assertFalse(HttpCaching.acceptsGzip("gzipx"));
    }
}
