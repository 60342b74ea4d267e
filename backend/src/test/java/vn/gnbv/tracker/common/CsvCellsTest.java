package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula-injection protection of CSV cells, and that the upload reads each protected cell back to its value. */
class CsvCellsTest {
    @Test
    void cellsThatCouldRunAsFormulasGetAnApostrophe() {
        assertEquals("'=SUM(A1)", CsvCells.protect("=SUM(A1)"));
        assertEquals("'+84 912", CsvCells.protect("+84 912"));
        assertEquals("'-5 đồng", CsvCells.protect("-5 đồng"));
        assertEquals("'@cmd", CsvCells.protect("@cmd"));
        assertEquals("'\tx", CsvCells.protect("\tx"));
        assertEquals("'\rx", CsvCells.protect("\rx"));
        assertEquals("''=x", CsvCells.protect("'=x"));
        // Numbers are not formulas; other text is left alone.
        assertEquals("-12.5", CsvCells.protect("-12.5"));
        assertEquals("Trung tâm = 1", CsvCells.protect("Trung tâm = 1"));
        assertEquals("'quoted", CsvCells.protect("'quoted"));
    }

    @Test
    void everyValueRoundTrips() {
        for (String v : List.of(
                "=SUM(A1)",
                "+1",
                "-1",
                "-1.5",
                "-x",
                "@a",
                "\tb",
                "'=x",
                "''=x",
                "'-5",
                "'",
                "''",
                "'abc",
                "plain",
                "")) {
            assertEquals(v, CsvCells.unprotect(CsvCells.protect(v)), v);
        }
        // A hand-written cell no pull writes keeps its apostrophe.
        assertEquals("'-5", CsvCells.unprotect("'-5"));
        assertEquals("'abc", CsvCells.unprotect("'abc"));
    }

    @Test
    void rowsAreRfc4180() throws Exception {
        StringWriter w = new StringWriter();
        CsvCells.writeRow(w, "a", null, "b,c", "say \"hi\"", "=1+1", "line\nbreak");
        assertEquals("a,,\"b,c\",\"say \"\"hi\"\"\",'=1+1,\"line\nbreak\"\r\n", w.toString());
    }
}
