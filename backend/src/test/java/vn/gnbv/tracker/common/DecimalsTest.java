package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The number rule on its own: plain text only, bounded, exact. */
class DecimalsTest {
    @Test
    void decimalsArePlainAndBounded() {
        for (String ok : new String[] {"0", "-0", "12.5", "-1132.2", " 7 ", "9".repeat(40) + "." + "9".repeat(40)}) {
            assertNull(Decimals.decimal(ok), ok);
        }
        for (String bad : new String[] {"1e3", "1E3", "+1", ".5", "5.", "1,5", "NaN", "Infinity", "--1", "", "1 000"}) {
            assertEquals(ViolationCode.NOT_A_DECIMAL, Decimals.decimal(bad), bad);
        }
        assertEquals(ViolationCode.OUT_OF_RANGE, Decimals.decimal("1" + "0".repeat(40)));
        assertEquals(ViolationCode.TOO_PRECISE, Decimals.decimal("0." + "0".repeat(41)));
        assertEquals(ViolationCode.NOT_A_DECIMAL, Decimals.decimal(null));
    }

    @Test
    void amountsAreWholeDongInInt64() {
        assertNull(Decimals.vnd("9223372036854775807"));
        assertEquals(ViolationCode.AMOUNT_OUT_OF_RANGE, Decimals.vnd("9223372036854775808"));
        assertEquals(ViolationCode.AMOUNT_OUT_OF_RANGE, Decimals.vnd("1".repeat(500)));
        assertEquals(ViolationCode.NEGATIVE_AMOUNT, Decimals.vnd("-5"));
        assertEquals(ViolationCode.INVALID_AMOUNT, Decimals.vnd("12.5"));
        assertEquals(ViolationCode.INVALID_AMOUNT, Decimals.vnd("1e9"));
        assertEquals(253_690_000L, Decimals.millionToVnd("253.69"));
        assertEquals(1L, Decimals.millionToVnd("0.000001"));
        assertEquals(ViolationCode.TOO_PRECISE, Decimals.millionVnd("1.1234567"));
        assertEquals(ViolationCode.AMOUNT_OUT_OF_RANGE, Decimals.millionVnd("9223372036854.775808"));
        assertNull(Decimals.millionVnd("9223372036854.775807"));
    }
}
