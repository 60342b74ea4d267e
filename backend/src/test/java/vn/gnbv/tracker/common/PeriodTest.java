package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
    @ParameterizedTest
    @CsvSource({
        "2024, 2024, 2024-01-01, 2024-12-31",
        "2024H1, 2024H1, 2024-01-01, 2024-06-30",
        "2024h2, 2024H2, 2024-07-01, 2024-12-31",
        "2024Q1, 2024Q1, 2024-01-01, 2024-03-31",
        "2024Q4, 2024Q4, 2024-10-01, 2024-12-31",
        "2024-02, 2024-02, 2024-02-01, 2024-02-29",
        "202405, 2024-05, 2024-05-01, 2024-05-31",
        "2021/2025, 2021/2025, 2021-01-01, 2025-12-31",
        "' 2021-2025 ', 2021/2025, 2021-01-01, 2025-12-31"
    })
    void parsesEveryPeriodFormIntoCanonicalIdAndDates(String raw, String id, String start, String end) {
        Period p = Period.field("period", raw);
        assertEquals(id, p.id());
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "24",
                "2024Q5",
                "2024H3",
                "2024-13",
                "2024-00",
                "2025/2021",
                "2024/2024",
                "1850",
                "2024-5",
                "Q1 2024",
                "năm 2024",
                "2024Q1Q2"
            })
    void rejectsAnythingElseAsInvalidPeriodNamingTheField(String raw) {
        ApiException e = assertThrows(ApiException.class, () -> Period.field("period", raw));
        assertEquals(422, e.status());
        assertEquals("period", e.errors().get(0).field());
        assertEquals(ViolationCode.INVALID_PERIOD, e.errors().get(0).code());
    }

    @Test
    void overlapComparesDateRangesAcrossGranularities() {
        Period q2 = Period.field("p", "2024Q2");
        Period phase = Period.field("p", "2021/2025");
        assertTrue(phase.overlaps(q2.start(), q2.end()));
        assertTrue(!q2.overlaps(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));
    }
}
