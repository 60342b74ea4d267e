package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.SummaryJson.nullableVnd;
import static vn.gnbv.tracker.funding.SummaryJson.rate;
import static vn.gnbv.tracker.funding.SummaryJson.row;
import static vn.gnbv.tracker.funding.SummaryJson.vnd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The demo data (demo/funding-lines-*.csv, transcribed from seeds 000 and 002, loaded as uploads) reproduces the reports' own figures.
 * Other tests never write to Phong Thổ (109) or Bắc Kạn city (058), so the figures are exact.
 */
@QuarkusTest
class DemoFundingAcceptanceTest {
    private static final String SUMMARY = "/api/v1/funding-summary";
    private static final String PROGRAM = "GNBV-2021-2025";

    private static boolean loaded;

    @Inject
    DemoUploads loader;

    // Once per JVM: loading is idempotent, but each load re-validates every line.
    @BeforeEach
    void loadDemoData() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (var r : loader.loadAll()) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
    }

    @Test
    void loadsEveryDemoFileAndLoadingAgainChangesNothing() {
        List<DemoUploads.Loaded> again = loader.loadAll();
        assertTrue(again.stream().anyMatch(r -> r.resource().endsWith("funding-lines-002-phong-tho.csv")));
        assertTrue(again.stream().anyMatch(r -> r.resource().endsWith("funding-lines-000-bac-kan-city.csv")));
        for (var r : again) {
            assertNull(r.error(), r.resource());
            assertTrue(r.report().rowsRead() > 0, r.resource());
            assertEquals(r.report().rowsRead(), r.report().unchanged(), r.resource() + " changed on a second load");
        }
    }

    @Test
    void eachSeedIsAReportAndItsFiguresCiteIt() {
        var reports = Api.given()
                .queryParam("unit", "109")
                .queryParam("asOf", "2024-08-01")
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Long> ids = reports.getList("items.findAll { it.issuedOn == '2024-08-01' }.id", Long.class);
        assertEquals(1, ids.size(), "the Phong Thổ review, once however often the demo is loaded");
        var report = Api.given()
                .get("/api/v1/reports/" + ids.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("MID_TERM_REVIEW", report.getString("kind"));
        long lines = report.getLong("figures.find { it.name == 'funding lines' }.count");
        long stated = Api.given()
                .queryParam("report", ids.get(0))
                .queryParam("limit", 1000)
                .get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
        assertTrue(lines > 0);
        assertEquals(lines, stated, "every line of the Phong Thổ file cites its report");
    }

    @Test
    void phongThoLivelihoodProject2022MatchesTheReport() {
        JsonNode s = SummaryJson.get(SUMMARY, Map.of("program", PROGRAM, "unit", "109", "asOf", "2024-01-01"));
        JsonNode da2 = row(s, "DA2", 2022);
        assertEquals(6_629_000_000L, vnd(da2, "availableVnd"));
        assertEquals(1_957_000_000L, vnd(da2, "disbursedVnd"));
        assertEquals(new BigDecimal("29.52"), SummaryJson.percent(rate(da2), 2));
        assertEquals(new BigDecimal("0.2952"), rate(da2).setScale(4, java.math.RoundingMode.HALF_UP));
        assertEquals(4_672_000_000L, vnd(da2, "carriedOutVnd"));
        assertEquals(4_672_000_000L, nullableVnd(da2, "carriedInNextYearVnd"));
        assertEquals(0L, nullableVnd(da2, "carryOverGapVnd"));
        assertEquals(4_672_000_000L, vnd(row(s, "DA2", 2023), "carriedInVnd"));
    }

    @Test
    void phongThoSummaryGroupsBySourceAndCapitalType() {
        JsonNode s = SummaryJson.get(
                SUMMARY,
                Map.of(
                        "program",
                        PROGRAM,
                        "unit",
                        "109",
                        "asOf",
                        "2024-01-01",
                        "componentLevel",
                        "PROJECT",
                        "groupBy",
                        "source,capitalType",
                        "yearFrom",
                        "2022",
                        "yearTo",
                        "2022"));
        long investment = 0;
        long recurrent = 0;
        for (JsonNode r : SummaryJson.rows(s, "DA1", 2022)) {
            assertNotNull(r.get("source"));
            if (r.get("capitalType").asText().equals("INVESTMENT")) {
                investment += vnd(r, "availableVnd");
            } else if (r.get("capitalType").asText().equals("RECURRENT")) {
                recurrent += vnd(r, "availableVnd");
            }
        }
        // "Kế hoạch vốn giao 73.655 triệu đồng (vốn đầu tư 71.570, vốn sự nghiệp 2.085)"
        assertEquals(71_570_000_000L, investment);
        assertEquals(2_085_000_000L, recurrent);
    }

    @Test
    void drillDownListsAllSeventeenCommunesOfPhongTho() {
        JsonNode d = SummaryJson.get(SUMMARY + "/children", Map.of("program", PROGRAM, "unit", "109", "year", "2022"));
        List<String> codes = new ArrayList<>();
        d.get("children").forEach(c -> codes.add(c.get("unit").get("code").asText()));
        assertEquals(17, codes.size());
        assertTrue(codes.containsAll(List.of("03391", "03549", "03589")));
        assertEquals(codes.stream().sorted().toList(), codes);
        for (JsonNode c : d.get("children")) {
            long expected = switch (c.get("unit").get("code").asText()) {
                case "03589" -> 1_000_000_000L; // Mường So: school repair, recurrent DA1.TDA1 2022
                case "03490" -> 1_085_000_000L; // Huổi Luông: rural road
                default -> 0L;
            };
            assertEquals(expected, vnd(c, "assignedVnd"), c.get("unit").toString());
        }
        // The district states the recurrent total its two communes itemise ("Vốn sự nghiệp: 2.085 triệu đồng ... Mường
        // So 1.000, Huổi Luông 1.085", l.235): that stated line covers the communes', so the subtree's figure is the
        // district's own, not own + 2.085 again.
        assertEquals(vnd(d.get("total"), "assignedVnd"), vnd(d.get("own"), "assignedVnd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistentExpectations")
    void reproducesTheReportsOwnFigure(String label, JsonNode e) {
        Figures f = ExpectedFigures.compute(e, PROGRAM);
        check(label, "assignedVnd", e, f.assigned());
        check(label, "availableVnd", e, f.available());
        check(label, "disbursedVnd", e, f.disbursed());
        check(label, "carriedOutVnd", e, f.carriedOut());
        JsonNode percent = e.get("disbursementRatePercent");
        if (percent != null && !percent.isNull()) {
            BigDecimal printed = new BigDecimal(percent.asText());
            assertNotNull(f.rate(), label + ": no rate");
            assertEquals(printed, SummaryJson.percent(f.rate(), Math.max(0, printed.scale())), label + ": rate");
        }
    }

    private static void check(String label, String field, JsonNode e, long actual) {
        JsonNode expected = e.get(field);
        if (expected != null && !expected.isNull()) {
            assertEquals(expected.asLong(), actual, label + ": " + field);
        }
    }

    /** Figures of one expectation as the API gives them. */
    record Figures(long assigned, long available, long disbursed, long carriedOut, BigDecimal rate) {}

    static Stream<Arguments> consistentExpectations() throws Exception {
        try (InputStream in =
                DemoFundingAcceptanceTest.class.getResourceAsStream("/fixtures/funding-expectations.json")) {
            JsonNode all = new ObjectMapper().readTree(in).get("expectations");
            List<Arguments> out = new ArrayList<>();
            for (JsonNode e : all) {
                if (e.get("consistent").asBoolean()) {
                    out.add(Arguments.of(label(e), e));
                }
            }
            return out.stream();
        }
    }

    private static String label(JsonNode e) {
        StringBuilder sb = new StringBuilder(e.get("seed").asText().substring(0, 3))
                .append(' ')
                .append(e.get("unit").asText())
                .append(' ')
                .append(text(e, "component", "all"))
                .append(' ')
                .append(text(e, "fiscalYear", "whole period"));
        for (String q : List.of("capitalType", "implementingBody", "originYear")) {
            if (e.hasNonNull(q)) {
                sb.append(' ').append(q).append('=').append(e.get(q).asText());
            }
        }
        return sb.toString();
    }

    private static String text(JsonNode e, String field, String ifNull) {
        return e.hasNonNull(field) ? e.get(field).asText() : ifNull;
    }
}
