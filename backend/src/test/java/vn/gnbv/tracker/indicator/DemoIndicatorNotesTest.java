package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.DemoCsv;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * Every demo value quotes its source: {@code l.N: "text"} where text occurs on line N of the seed report, so a
 * transcription cannot drift from the report it claims to come from.
 */
@QuarkusTest
class DemoIndicatorNotesTest {
    private static final Pattern QUOTE = Pattern.compile("l\\.(\\d+): \"([^\"]+)\"");

    @Inject
    DemoUploads loader;

    /** The source reports, committed in data/seeds (the tests run in backend/). */
    private static final Path SEEDS = Path.of("..", "data", "seeds");

    @Test
    void everyNoteQuotesItsSeedLineAndEveryKeyIsUniqueInItsFile() throws IOException {
        List<DemoUploads.DemoFile> files = loader.manifest().files().stream()
                .filter(f -> f.dataset().equals("indicator-values"))
                .toList();
        assertEquals(5, files.size(), files.toString());
        for (DemoUploads.DemoFile file : files) {
            String name = file.file();
            assertNotNull(file.seed(), name);
            assertTrue(
                    name.startsWith("indicator-values-" + file.seed().substring(0, 3) + "-"),
                    name + " vs " + file.seed());
            List<String> lines = Files.readAllLines(SEEDS.resolve(file.seed() + ".txt"), StandardCharsets.UTF_8);
            Set<List<String>> keys = new HashSet<>();
            List<Map<String, String>> values = DemoCsv.read("demo/" + name);
            assertTrue(values.size() > 0, name);
            for (Map<String, String> v : values) {
                String note = v.get("note");
                String where = name + " " + v.get("indicator") + " " + v.get("unit") + " " + v.get("period") + " "
                        + v.get("kind");
                assertTrue(
                        keys.add(Arrays.asList(
                                v.get("indicator"), v.get("unit"), v.get("period"), v.get("kind"), v.get("category"))),
                        where + " is not unique in its file");
                assertNotNull(note, where);
                String locator = v.get("locator");
                assertNotNull(locator, where + ": no locator");
                assertTrue(locator.contains("l."), where + ": the locator names no line: " + locator);
                Matcher m = QUOTE.matcher(note);
                boolean quoted = false;
                while (m.find()) {
                    quoted = true;
                    int n = Integer.parseInt(m.group(1));
                    String quote = normal(m.group(2));
                    assertTrue(quote.length() <= 200, where + ": quote longer than 200 characters");
                    assertTrue(n >= 1 && n <= lines.size(), where + ": no line " + n);
                    assertTrue(
                            normal(lines.get(n - 1)).contains(quote),
                            where + ": l." + n + " does not contain \"" + quote + "\"");
                }
                assertTrue(quoted, where + ": the note quotes nothing: " + note);
                assertFalse(
                        note.contains("AS PRINTED") && !note.startsWith("AS PRINTED:"),
                        where + ": AS PRINTED must start the note");
            }
        }
    }

    /** NFC, with every run of whitespace as one space. */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
