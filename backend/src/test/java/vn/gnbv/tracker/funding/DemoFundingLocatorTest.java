package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.DemoCsv;

/**
 * Every demo funding line cites where its figure stands ({@code locator}: section and {@code l.N} of the seed report), and
 * the amount is printed on a line it cites — as đồng, triệu or tỷ in the report's notation ("2.085", "1.170,705",
 * "41.880.000", "1,8") — so a finding's locators point at its figures and a transcription cannot drift from them.
 */
class DemoFundingLocatorTest {
    private static final Pattern LINE = Pattern.compile("l\\.(\\d+)");
    /** The source reports, committed in data/seeds (the tests run in backend/). */
    private static final Path SEEDS = Path.of("..", "data", "seeds");

    @Test
    void everyLineCitesASeedLineThatPrintsItsAmount() throws IOException {
        JsonNode manifest;
        try (InputStream in = getClass().getResourceAsStream("/demo/manifest.json")) {
            manifest = new ObjectMapper().readTree(in);
        }
        int files = 0;
        for (JsonNode f : manifest.get("files")) {
            if (!f.get("dataset").asText().equals("funding-lines")) {
                continue;
            }
            files++;
            String name = f.get("file").asText();
            List<String> seed =
                    Files.readAllLines(SEEDS.resolve(f.get("seed").asText() + ".txt"), StandardCharsets.UTF_8);
            List<Map<String, String>> rows = DemoCsv.read("demo/" + name);
            assertFalse(rows.isEmpty(), name);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                String where = name + " row " + (i + 2) + " " + r.get("component") + " " + r.get("year") + " "
                        + r.get("measure") + " " + r.get("amount_vnd");
                String locator = r.get("locator");
                assertNotNull(locator, where + ": no locator");
                Matcher m = LINE.matcher(locator);
                StringBuilder cited = new StringBuilder();
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    assertTrue(n >= 1 && n <= seed.size(), where + ": no line " + n);
                    cited.append(normal(seed.get(n - 1))).append('\n');
                }
                assertFalse(cited.isEmpty(), where + ": the locator names no line: " + locator);
                Set<String> forms = printedForms(Long.parseLong(r.get("amount_vnd")));
                assertTrue(
                        forms.stream().anyMatch(p -> printed(cited.toString(), p)),
                        where + ": " + locator + " prints none of " + forms);
            }
        }
        assertEquals(2, files);
    }

    @Test
    void theNotationIsTheReports() {
        assertEquals(Set.of("2.085.000.000", "2.085", "2,085"), printedForms(2_085_000_000L));
        assertEquals(Set.of("1.170.705.000", "1.170,705", "1,170705"), printedForms(1_170_705_000L));
        assertTrue(printed("giải ngân 2.085/2.085 triệu", "2.085"));
        assertFalse(printed("giao 12.085 triệu", "2.085"));
        assertFalse(printed("giao 2.085,5 triệu", "2.085"));
    }

    /** The amount in đồng, triệu and tỷ: thousands grouped with '.', decimals after ',' (at most six). */
    static Set<String> printedForms(long vnd) {
        Set<String> out = new LinkedHashSet<>();
        for (long unit : new long[] {1L, 1_000_000L, 1_000_000_000L}) {
            BigDecimal v = BigDecimal.valueOf(vnd).divide(BigDecimal.valueOf(unit));
            BigDecimal whole = new BigDecimal(v.toBigInteger());
            BigDecimal fraction = v.subtract(whole).stripTrailingZeros();
            String grouped =
                    String.format(Locale.ROOT, "%,d", whole.toBigInteger()).replace(',', '.');
            if (fraction.signum() == 0) {
                out.add(grouped);
            } else if (fraction.scale() <= 6) {
                out.add(grouped + "," + fraction.toPlainString().substring(2));
            }
        }
        return out;
    }

    /** The number stands on its own: no digit, and no '.' or ',' followed by a digit, on either side. */
    static boolean printed(String text, String number) {
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d]|[.,]\\d)")
                .matcher(text)
                .find();
    }

    /** NFC, without the markdown emphasis the seeds carry; "1, 8" (a stray space, 000 l.319) read as "1,8". */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("*", "").replaceAll("(\\d), (\\d)", "$1,$2");
    }
}
