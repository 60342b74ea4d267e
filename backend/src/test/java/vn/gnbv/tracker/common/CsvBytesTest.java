package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pulls' byte writer writes exactly what CsvCells writes, cell for cell. */
class CsvBytesTest {
    private static final List<String> TRICKY = Arrays.asList(
            null,
            "",
            "plain",
            "Trung tâm DVNN",
            "=SUM(A1)",
            "+84 912",
            "-5 đồng",
            "@cmd",
            "\tx",
            "\rx",
            "'=x",
            "''+x",
            "'",
            "''",
            "'quoted",
            "-12.5",
            "-12",
            "12",
            "-",
            "-.5",
            "-12.",
            "1.2.3",
            "--1",
            "-1e5",
            "=",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rlf",
            "=a,\"b\"\r\n",
            "-1,5",
            "đồng, \"Phong Thổ\"",
            "١٢",
            "-٣");

    private static String viaCells(List<String> row) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvCells.writeRow(w, row.toArray(String[]::new));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String viaBytes(List<String> row) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var out = new CsvBytes.Out(bytes);
        CsvBytes.writeRow(
                out,
                row.stream()
                        .map(c -> c == null ? null : c.getBytes(StandardCharsets.UTF_8))
                        .toArray(byte[][]::new));
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyTrickyCellIsWrittenAsCsvCellsWritesIt() throws Exception {
        for (String cell : TRICKY) {
            List<String> row = Arrays.asList("a", cell, "b");
            assertEquals(viaCells(row), viaBytes(row), "cell " + cell);
        }
        assertEquals(viaCells(TRICKY), viaBytes(TRICKY));
    }

    @Test
    void aLongPageAcrossTheBufferAndACellLongerThanItAreWrittenWhole() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < 5_000; n++) {
            rows.add(List.of("row " + n, "=\"" + n + "\",x", "đồng"));
        }
        rows.add(List.of("\"".repeat(70_000) + "=", "-" + "9".repeat(100_000)));
        var expected = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            for (List<String> row : rows) {
                CsvCells.writeRow(w, row.toArray(String[]::new));
            }
        }
        var actual = new ByteArrayOutputStream();
        var out = new CsvBytes.Out(actual);
        for (List<String> row : rows) {
            CsvBytes.writeRow(
                    out,
                    row.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        }
        out.flush();
        assertEquals(expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
    }

    @Test
    void randomCellsOfTheCharactersThatMatterAreWrittenAlike() throws Exception {
        String alphabet = "'=+-@\t\r\n,\".0123456789ađ ồ";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(random.nextInt(10) == 0 ? null : cell.toString());
            }
            assertEquals(viaCells(row), viaBytes(row), "row " + row);
        }
    }
}
