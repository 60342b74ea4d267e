package vn.gnbv.tracker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A state's times read the same whether the single-write audit or a history table's image printed them. */
class EntityStateTest {

    @Test
    void timesAlwaysCarrySixFractionalDigitsAsTheHistoryImagesDo() {
        assertEquals("2026-12-06T06:49:37.140000Z", EntityState.micros(Instant.parse("2026-12-06T06:49:37.140Z")));
        assertEquals("2026-12-06T06:49:37.000000Z", EntityState.micros(Instant.parse("2026-12-06T06:49:37Z")));
        assertEquals("2026-12-06T06:49:37.934460Z", EntityState.micros(Instant.parse("2026-12-06T06:49:37.93446Z")));
        // rounded to the microsecond as the JDBC driver stores it
        assertEquals("2026-12-06T06:49:37.000001Z", EntityState.micros(Instant.parse("2026-12-06T06:49:37.0000005Z")));
        assertEquals("1999-12-31T23:59:59.999999Z", EntityState.micros(Instant.parse("1999-12-31T23:59:59.999999Z")));
    }
}
