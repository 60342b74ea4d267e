package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gnbv.tracker.Api;

/**
 * The scenario on the seed reports themselves: a province office re-submits its report after fixing a typo,
 * with other but legitimate key choices (origin year left empty where it equals the fiscal year, the implementing body
 * spelled "Trung tâm DVNN"). Loaded for the report with mode=replace, no total moves; loading it again changes
 * nothing; the original file brings the original lines back.
 */
@QuarkusTest
class SeedReloadTest {
    private static final String PROGRAM = "GNBV-2021-2025";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DemoUploads demo;

    /** The seed reports and their figures, as the demo loads them (idempotent: other tests may have loaded them). */
    @BeforeEach
    void loadDemoData() {
        for (var r : demo.loadAll()) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "funding-lines-002-phong-tho.csv, 109, 2024-08-01",
        "funding-lines-000-bac-kan-city.csv, 058, 2024-06-01"
    })
    void reloadingAReportWithOtherKeyChoicesChangesNoTotal(String file, String unit, String issuedOn)
            throws IOException {
        long report = reportOf(unit, issuedOn);
        String token = UploadFixtures.admin("reload");
        String original = resource("demo/" + file);
        String variant = variant(original);
        assertTrue(!variant.equals(original), "the variant changes keys");
        JsonNode before = summary(unit);

        JsonPath first = ok(Upload.csv(UploadFixtures.FUNDING, variant)
                .as(token)
                .mode("replace")
                .report(report));
        long rekeyed = first.getLong("inserted");
        assertTrue(rekeyed > 0, "some keys changed");
        assertEquals(rekeyed, first.getLong("deleted"), "each re-keyed line replaces its twin, never beside it");
        assertEquals(before, summary(unit), "no total moved");

        JsonPath again = ok(Upload.csv(UploadFixtures.FUNDING, variant)
                .as(token)
                .mode("replace")
                .report(report));
        assertEquals(
                List.of(0L, 0L, 0L),
                List.of(again.getLong("inserted"), again.getLong("updated"), again.getLong("deleted")));

        JsonPath back = ok(Upload.csv(UploadFixtures.FUNDING, original)
                .as(token)
                .mode("replace")
                .report(report));
        assertEquals(rekeyed, back.getLong("inserted"));
        assertEquals(before, summary(unit));
    }

    /** Origin year emptied where it equals the fiscal year; the agricultural service centre by its short name. */
    private static String variant(String csv) {
        String[] lines = csv.split("\n", -1);
        List<String> header = split(lines[0]);
        int year = header.indexOf("year");
        int origin = header.indexOf("origin_year");
        int body = header.indexOf("implementing_body");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i]);
            if (!cells.get(year).isEmpty() && cells.get(year).equals(cells.get(origin))) {
                cells.set(origin, "");
            }
            if (cells.get(body).equals("Trung tâm Dịch vụ nông nghiệp huyện")) {
                cells.set(body, "Trung tâm DVNN");
            }
            List<String> quoted = new ArrayList<>();
            for (String c : cells) {
                quoted.add("\"" + c.replace("\"", "\"\"") + "\"");
            }
            out.append(String.join(",", quoted)).append('\n');
        }
        return out.toString();
    }

    /** One RFC 4180 record (the demo files keep each record on one line). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The demo's report of the seed (tests create other reports on the same units). */
    private static long reportOf(String unit, String issuedOn) {
        List<Map<String, Object>> items = Api.given()
                .queryParam("limit", 1000)
                .queryParam("unit", unit)
                .queryParam("asOf", issuedOn)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(r -> unit.equals(((Map<?, ?>) r.get("unit")).get("code")))
                .filter(r -> "MID_TERM_REVIEW".equals(r.get("kind")) && issuedOn.equals(r.get("issuedOn")))
                .filter(r -> "/BC-UBND".equals(r.get("number"))
                        && String.valueOf(r.get("title")).contains("giảm nghèo bền vững"))
                .mapToLong(r -> ((Number) r.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode summary(String unit) throws IOException {
        return JSON.readTree(Api.given()
                .queryParam("program", PROGRAM)
                .queryParam("unit", unit)
                .queryParam("asOf", "2024-01-01")
                .queryParam("componentLevel", "PROJECT")
                .get("/api/v1/funding-summary")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static JsonPath ok(Upload u) {
        return u.post().then().statusCode(200).extract().jsonPath();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedReloadTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
