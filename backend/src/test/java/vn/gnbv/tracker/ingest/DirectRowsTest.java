package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A direct load's figure ids mapped back to its row numbers: the k-th id the COPY created is its k-th row. */
class DirectRowsTest {
    @Test
    void idsMapToTheRowsInTheOrderTheyWereSentAcrossGapsInTheSequence() {
        DirectRows d = new DirectRows();
        long[] rows = {2, 3, 5, 7, 8};
        for (long r : rows) {
            d.add(r, r < 5 ? 11 : 12);
        }
        // A single write took id 13 to 19 while the COPY ran: two runs of ids.
        d.created("{[10,13),[20,22)}");
        assertEquals(Set.of(11L, 12L), d.provinces());
        assertEquals(2, d.rowOf(10));
        assertEquals(3, d.rowOf(11));
        assertEquals(5, d.rowOf(12));
        assertEquals(-1, d.rowOf(13));
        assertEquals(7, d.rowOf(20));
        assertEquals(8, d.rowOf(21));
        assertEquals(-1, d.rowOf(22));
        assertEquals(-1, d.rowOf(9));
        assertEquals(Map.of(10L, List.of(2L), 21L, List.of(8L)), d.rowsOf(null, Set.of(10L, 15L, 21L)));
    }

    @Test
    void manyRowsGrowTheBuffer() {
        DirectRows d = new DirectRows();
        for (long r = 1; r <= 100_000; r++) {
            d.add(r, 1);
        }
        d.created("{[1000,101000)}");
        assertEquals(100_000, d.count());
        assertEquals(1, d.rowOf(1000));
        assertEquals(100_000, d.rowOf(100_999));
        assertEquals(-1, d.rowOf(101_000));
    }
}
