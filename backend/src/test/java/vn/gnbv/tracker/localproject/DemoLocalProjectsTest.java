package vn.gnbv.tracker.localproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.DemoCsv;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The demo local projects (demo/local-projects-*.csv): one file per seed report, loaded for that report with
 * mode=replace through the upload engine, idempotently; each row says where in its report it stands, and quotes it.
 */
@QuarkusTest
class DemoLocalProjectsTest {
    private static final Path SEEDS = Path.of("..", "data", "seeds");
    private static final Pattern QUOTE = Pattern.compile("«([^»]+)»");
    /** {@code l.79} or {@code l.83-85} in a locator. */
    private static final Pattern LINES = Pattern.compile("l\\.(\\d+)(?:-(\\d+))?");

    @Inject
    DemoUploads loader;

    private List<DemoUploads.DemoFile> files() {
        return loader.manifest().files().stream()
                .filter(f -> f.dataset().equals("local-projects"))
                .toList();
    }

    @Test
    void everySeedsProjectsLoadForTheirReportAndLoadingAgainChangesNothing() {
        List<DemoUploads.Loaded> first = loader.loadAll();
        for (var r : first) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
        List<DemoUploads.Loaded> again = loader.loadAll();
        Map<String, Long> rows = new HashMap<>();
        for (var r : again) {
            assertNull(r.error(), r.resource());
            assertEquals(r.report().rowsRead(), r.report().unchanged(), r.resource() + " changed on a second load");
            assertEquals(
                    0, r.report().inserted() + r.report().updated() + r.report().deleted(), r.resource());
            if (r.resource().startsWith("demo/local-projects-")) {
                rows.put(r.resource(), r.report().rowsRead());
            }
        }
        assertEquals(
                Map.of(
                        "demo/local-projects-000-bac-kan-city.csv", 5L,
                        "demo/local-projects-001-bac-giang.csv", 1L,
                        "demo/local-projects-002-phong-tho.csv", 8L,
                        "demo/local-projects-003-luc-binh.csv", 1L,
                        "demo/local-projects-004-bac-giang-city.csv", 1L),
                rows);

        // The figures the reports state, read back with the report each is stated in.
        Map<String, Object> goat = one("01990", "2023-04-01", "Lũng Chang");
        assertEquals(592_300_000L, num(((Map<?, ?>) goat.get("budget")).get("totalVnd")));
        assertEquals(20L, num(((Map<?, ?>) goat.get("households")).get("total")));
        assertEquals("Mục II.3.2, Dự án 2, l.62", goat.get("locator"));
        assertReportOfSeed(goat, "003_32616b64abd78827");

        Map<String, Object> cinnamon = one("058", "2024-06-01", "cây quế");
        assertEquals(18L, num(((Map<?, ?>) cinnamon.get("households")).get("total")));
        assertEquals("Xã Nông Thượng", ((Map<?, ?>) cinnamon.get("unit")).get("name"));
        assertReportOfSeed(cinnamon, "000_e9400ad9d40e2846");

        Map<String, Object> cows = one("213", "2018-07-13", "bò sinh sản");
        assertEquals(290_000_000L, num(((Map<?, ?>) cows.get("budget")).get("stateVnd")));
        assertEquals(35L, num(((Map<?, ?>) cows.get("households")).get("total")));
        assertEquals("QĐ 4078/QĐ-UBND 11/10/2017", cows.get("approvalReference"));

        Map<String, Object> province = one("24", "2024-01-01", "231 dự án");
        assertEquals(3_378L, num(((Map<?, ?>) province.get("households")).get("total")));

        Map<String, Object> machines = one("109", "2024-08-01", "máy nông nghiệp");
        assertEquals(8_500_000_000L, num(((Map<?, ?>) machines.get("budget")).get("stateVnd")));
        assertEquals("COMPLETED", machines.get("status"));
        assertReportOfSeed(machines, "002_e78e7f344878a655");
    }

    /** Every row names its report's lines (l.N or l.N-M) and quotes them: each «quote» is on the lines named. */
    @Test
    void everyRowQuotesTheLinesItsLocatorNames() throws Exception {
        assertEquals(5, files().size());
        int quotes = 0;
        for (DemoUploads.DemoFile f : files()) {
            assertTrue(f.file().startsWith("local-projects-" + f.seed().substring(0, 3) + "-"), f.file());
            List<String> seed = Files.readAllLines(SEEDS.resolve(f.seed() + ".txt"), StandardCharsets.UTF_8);
            Set<String> names = new HashSet<>();
            for (Map<String, String> row : DemoCsv.read("demo/" + f.file())) {
                String where = f.file() + " " + row.get("name");
                assertTrue(names.add(row.get("component") + " " + row.get("unit") + " " + row.get("name")), where);
                assertNull(row.get("unit_as_of"), where + ": units are read as of the report's date");
                String locator = row.get("locator");
                assertNotNull(locator, where);
                StringBuilder text = new StringBuilder();
                Matcher l = LINES.matcher(locator);
                while (l.find()) {
                    int from = Integer.parseInt(l.group(1));
                    int to = l.group(2) == null ? from : Integer.parseInt(l.group(2));
                    assertTrue(from >= 1 && to >= from && to <= seed.size(), where + ": " + locator);
                    for (int n = from; n <= to; n++) {
                        text.append(seed.get(n - 1)).append(' ');
                    }
                }
                assertTrue(text.length() > 0, where + ": the locator names no line: " + locator);
                String named = squash(text.toString());
                Matcher q = QUOTE.matcher(row.get("note"));
                List<String> missing = new ArrayList<>();
                int before = quotes;
                while (q.find()) {
                    quotes++;
                    if (!named.contains(squash(q.group(1)))) {
                        missing.add(q.group(1));
                    }
                }
                assertTrue(quotes > before, where + ": the note quotes nothing");
                assertEquals(List.of(), missing, where + ": not on " + locator);
            }
        }
        assertTrue(quotes >= 16, "quotes: " + quotes);
    }

    /** The one project of the unit (at {@code asOf}) whose name contains {@code part}. */
    private static Map<String, Object> one(String unit, String asOf, String part) {
        List<Map<String, Object>> items = Api.given()
                .queryParam("unit", unit)
                .queryParam("asOf", asOf)
                .queryParam("limit", 1000)
                .get("/api/v1/local-projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<Map<String, Object>> hits = items.stream()
                .filter(i -> ((String) i.get("name")).contains(part))
                .toList();
        assertEquals(1, hits.size(), part + ": " + hits);
        return hits.get(0);
    }

    /** The project cites the report the manifest makes of this seed (same unit code, number and date). */
    private void assertReportOfSeed(Map<String, Object> project, String seed) {
        Map<String, Object> described = loader.manifest().reports().stream()
                .filter(r -> seed.equals(r.get("seed")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> report = Api.given()
                .get("/api/v1/reports/" + num(project.get("reportId")))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertEquals(described.get("number"), report.get("number"));
        assertEquals(described.get("issuedOn"), report.get("issuedOn"));
        assertEquals(described.get("unit"), ((Map<?, ?>) report.get("unit")).get("code"));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** NFC, markdown emphasis dropped, every run of whitespace one space: layout, not text. */
    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace("*", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
