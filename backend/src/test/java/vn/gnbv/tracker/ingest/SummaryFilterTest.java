package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The funding summary's body and origin-year filters and its derived figures, against sums computed here over the
 * same random lines (loaded through an upload, so the lines are exactly these).
 */
@QuarkusTest
class SummaryFilterTest {
    private record Line(String body, Integer origin, int year, String measure, long amount) {}

    private static final List<String> BODIES = List.of("Trung tâm DVNN", "Phòng Lao động", "UBND xã");
    private static final List<Integer> ORIGINS = java.util.Arrays.asList(null, 2021, 2022);
    private static final List<String> MEASURES = List.of("ASSIGNED", "ALLOCATED", "DISBURSED", "CARRIED_IN");

    @Test
    void filteredTotalsEqualTheSumsOfTheMatchingLines() {
        Random random = new Random(20261203);
        String p = UploadFixtures.program();
        List<Line> lines = new ArrayList<>();
        StringBuilder csv = new StringBuilder(
                "program,component,unit,year,source,capital_type,measure,implementing_body,origin_year,amount_vnd\n");
        for (String body : BODIES) {
            for (Integer origin : ORIGINS) {
                for (int year = 2022; year <= 2024; year++) {
                    for (String measure : MEASURES) {
                        // Some keys are left out, so a filter can meet years or measures without lines.
                        if (random.nextInt(5) == 0 || (origin != null && origin > year)) {
                            continue;
                        }
                        long amount = 1_000_000L * (1 + random.nextInt(5_000));
                        lines.add(new Line(body, origin, year, measure, amount));
                        csv.append(String.join(
                                        ",",
                                        p,
                                        "DA2",
                                        "109",
                                        String.valueOf(year),
                                        "CENTRAL",
                                        "RECURRENT",
                                        measure,
                                        body,
                                        origin == null ? "" : origin.toString(),
                                        String.valueOf(amount)))
                                .append('\n');
                    }
                }
            }
        }
        String token = UploadFixtures.admin("sum-filter");
        Upload.csv(UploadFixtures.FUNDING, csv.toString())
                .as(token)
                .post()
                .then()
                .statusCode(200);

        List<String> bodies = new ArrayList<>(BODIES);
        bodies.add(null);
        for (String body : bodies) {
            for (Integer origin : ORIGINS) {
                checkRange(lines, p, body, origin);
                JsonPath s = summary(p, body == null ? null : " " + body.toLowerCase() + " ", origin, Map.of());
                for (int year = 2022; year <= 2024; year++) {
                    Map<String, Long> sums = new HashMap<>();
                    Map<String, Boolean> has = new HashMap<>();
                    for (Line l : lines) {
                        if ((body == null || l.body().equals(body))
                                && (origin == null || origin.equals(l.origin()))
                                && l.year() == year) {
                            sums.merge(l.measure(), l.amount(), Long::sum);
                            has.put(l.measure(), true);
                        }
                    }
                    check(s, year, sums, has, body + "/" + origin + "/" + year);
                    if (!sums.isEmpty()) {
                        // The drill-down filters alike: its total is the same lines' sum.
                        var c = Api.given()
                                .queryParam("program", p)
                                .queryParam("unit", "109")
                                .queryParam("asOf", "2024-01-01")
                                .queryParam("year", year);
                        if (body != null) {
                            c.queryParam("implementingBody", body);
                        }
                        if (origin != null) {
                            c.queryParam("originYear", origin);
                        }
                        long disbursed = c.get("/api/v1/funding-summary/children")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getLong("total.disbursedVnd");
                        assertEquals(sums.getOrDefault("DISBURSED", 0L), disbursed, "children " + year);
                    }
                }
            }
        }
    }

    /**
     * Years 2023–2024 as one range: flows summed over both years, the stock carried in that of 2023 only, so available
     * is what the range had to spend.
     */
    private static void checkRange(List<Line> lines, String p, String body, Integer origin) {
        Map<String, Long> sums = new HashMap<>();
        long carriedIn = 0;
        boolean any = false;
        for (Line l : lines) {
            if ((body == null || l.body().equals(body)) && (origin == null || origin.equals(l.origin()))) {
                if (l.year() >= 2023) {
                    any = true;
                    sums.merge(l.measure(), l.amount(), Long::sum);
                    carriedIn += l.year() == 2023 && l.measure().equals("CARRIED_IN") ? l.amount() : 0;
                }
            }
        }
        JsonPath s = summary(p, body, origin, Map.of("yearFrom", 2023, "yearTo", 2024));
        Map<String, Object> range = s.getMap("totals.find { it.fiscalYear == null }");
        String what = "range " + body + "/" + origin;
        if (!any) {
            assertNull(range, what);
            return;
        }
        assertEquals(sums.getOrDefault("ASSIGNED", 0L), num(range.get("assignedVnd")), what);
        assertEquals(sums.getOrDefault("DISBURSED", 0L), num(range.get("disbursedVnd")), what);
        assertEquals(carriedIn, num(range.get("carriedInVnd")), what);
        assertEquals(carriedIn + sums.getOrDefault("ASSIGNED", 0L), num(range.get("availableVnd")), what);
    }

    private static JsonPath summary(String program, String body, Integer origin, Map<String, Object> extra) {
        var q = Api.given()
                .queryParam("program", program)
                .queryParam("unit", "109")
                .queryParam("asOf", "2024-01-01")
                .queryParams(extra);
        if (body != null) {
            q.queryParam("implementingBody", body);
        }
        if (origin != null) {
            q.queryParam("originYear", origin);
        }
        String json = q.get("/api/v1/funding-summary")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Decimals as BigDecimal: a rate with 10 decimals does not survive a float.
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static void check(JsonPath s, int year, Map<String, Long> sums, Map<String, Boolean> has, String what) {
        Map<String, Object> total = s.getMap("totals.find { it.fiscalYear == " + year + " }");
        if (sums.isEmpty()) {
            assertNull(total, what + ": no line, no total");
            return;
        }
        long assigned = sums.getOrDefault("ASSIGNED", 0L);
        long allocated = sums.getOrDefault("ALLOCATED", 0L);
        long disbursed = sums.getOrDefault("DISBURSED", 0L);
        long available = sums.getOrDefault("CARRIED_IN", 0L) + assigned;
        assertEquals(assigned, num(total.get("assignedVnd")), what);
        assertEquals(disbursed, num(total.get("disbursedVnd")), what);
        assertEquals(available, num(total.get("availableVnd")), what);
        boolean disbursedStated = has.containsKey("DISBURSED");
        assertEquals(disbursedStated ? available - disbursed : null, num(total.get("undisbursedVnd")), what);
        BigDecimal ofAllocated = !has.containsKey("ALLOCATED") || allocated == 0 || !disbursedStated
                ? null
                : BigDecimal.valueOf(disbursed).divide(BigDecimal.valueOf(allocated), 10, RoundingMode.HALF_UP);
        Object got = total.get("disbursementRateOfAllocated");
        assertEquals(ofAllocated, got == null ? null : ((BigDecimal) got).setScale(10, RoundingMode.UNNECESSARY), what);
    }

    private static Long num(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
