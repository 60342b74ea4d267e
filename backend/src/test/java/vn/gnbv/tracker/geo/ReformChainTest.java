package vn.gnbv.tracker.geo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * A district merged twice (A → B on one date, B → C on a later one), through the API: its indicator values and its
 * funding lines both land on C, by the one walk in geo; a PARTIAL split anywhere on the chain makes it partial.
 * Each test builds its own units in a free validity slot: provinces P1 → P2 → P3 (and P4), each with one district.
 */
@QuarkusTest
class ReformChainTest {
    private static final String PROGRAM = "GNBV-2021-2025";
    private static final Set<String> USED = new HashSet<>();

    private record Chain(LocalDate start, String a, String b, String c, String d) {
        LocalDate afterSecond() {
            return start.plusDays(15);
        }

        LocalDate betweenReforms() {
            return start.plusDays(7);
        }
    }

    /** A code of this many digits that no other unit of this class uses. */
    private static synchronized String fresh(int digits) {
        String c;
        do {
            c = GeoFixtures.code(digits);
        } while (!USED.add(c));
        return c;
    }

    private static long unit(String level, String code, Long parent, LocalDate from, LocalDate to) {
        return GeoFixtures.createOk(GeoFixtures.unit(
                level, code, "Thử " + code, level.equals("PROVINCE") ? "Tỉnh" : "Huyện", parent, from, to));
    }

    private static void link(long from, long to, LocalDate on, String kind) {
        Api.json(Map.of("predecessorId", from, "successorId", to, "effectiveDate", on.toString(), "kind", kind))
                .post("/api/v1/unit-successions")
                .then()
                .statusCode(201);
    }

    /** Era 1 [s, s+4]: P1/A. Era 2 [s+5, s+9]: P2/B. Era 3 [s+10, s+19]: P3/C and P4/D. */
    private static Chain chain(boolean splitOnSecondReform) {
        LocalDate s = GeoFixtures.slot();
        LocalDate r1 = s.plusDays(5);
        LocalDate r2 = s.plusDays(10);
        LocalDate end = s.plusDays(19);
        long p1 = unit("PROVINCE", fresh(2), null, s, r1.minusDays(1));
        String aCode = fresh(3);
        long a = unit("DISTRICT", aCode, p1, s, r1.minusDays(1));
        long p2 = unit("PROVINCE", fresh(2), null, r1, r2.minusDays(1));
        String bCode = fresh(3);
        long b = unit("DISTRICT", bCode, p2, r1, r2.minusDays(1));
        long p3 = unit("PROVINCE", fresh(2), null, r2, end);
        String cCode = fresh(3);
        long c = unit("DISTRICT", cCode, p3, r2, end);
        long p4 = unit("PROVINCE", fresh(2), null, r2, end);
        String dCode = fresh(3);
        long d = unit("DISTRICT", dCode, p4, r2, end);
        link(p1, p2, r1, "FULL");
        link(a, b, r1, "FULL");
        if (splitOnSecondReform) {
            link(p2, p3, r2, "PARTIAL");
            link(p2, p4, r2, "PARTIAL");
            link(b, c, r2, "PARTIAL");
            link(b, d, r2, "PARTIAL");
        } else {
            link(p2, p3, r2, "FULL");
            link(b, c, r2, "FULL");
        }
        return new Chain(s, aCode, bCode, cCode, dCode);
    }

    private static String sumIndicator() {
        String code = "CHAIN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("code", code);
        b.put("nameVi", "Chỉ tiêu thử " + code);
        b.put("unitOfMeasure", "HOUSEHOLD");
        b.put("aggregation", "SUM");
        Api.json(b).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    /** A value and a funding line reported under A while it existed. */
    private static String reportUnderA(Chain ch) {
        String indicator = sumIndicator();
        Api.json(Map.of(
                        "indicator",
                        indicator,
                        "unit",
                        ch.a(),
                        "unitAsOf",
                        ch.start().toString(),
                        "period",
                        "2024",
                        "kind",
                        "ACTUAL",
                        "value",
                        "42"))
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(201);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("program", PROGRAM);
        line.put("component", "DA2");
        line.put("unit", ch.a());
        line.put("unitAsOf", ch.start().toString());
        line.put("fiscalYear", 2022);
        line.put("source", "CENTRAL");
        line.put("capitalType", "RECURRENT");
        line.put("measure", "ASSIGNED");
        line.put("implementingBody", "Chain " + indicator);
        line.put("amountVnd", 7_000_000L);
        Api.json(line).post("/api/v1/funding-lines").then().statusCode(201);
        return indicator;
    }

    private static io.restassured.response.ValidatableResponse rollup(String indicator, String unit, LocalDate asOf) {
        return Api.given()
                .queryParams(Map.of("indicator", indicator, "unit", unit, "period", "2024", "asOf", asOf.toString()))
                .get("/api/v1/indicator-rollups")
                .then()
                .statusCode(200);
    }

    private static JsonPath summary(String unit, LocalDate asOf) {
        return Api.given()
                .queryParams(Map.of("program", PROGRAM, "unit", unit, "asOf", asOf.toString()))
                .get("/api/v1/funding-summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long assigned2022(JsonPath summary) {
        List<Map<String, Object>> totals = summary.getList("totals");
        return totals.stream()
                .filter(t -> Integer.valueOf(2022).equals(t.get("fiscalYear")))
                .mapToLong(t -> ((Number) t.get("assignedVnd")).longValue())
                .sum();
    }

    @Test
    void figuresOfAUnitMergedTwiceLandOnTheUnitOfTheSecondReform() {
        Chain ch = chain(false);
        String indicator = reportUnderA(ch);

        rollup(indicator, ch.c(), ch.afterSecond())
                .body("value", is("42"))
                .body("contributingUnits", is(1))
                .body("partialUnits", empty());
        rollup(indicator, ch.d(), ch.afterSecond()).body("value", nullValue());
        rollup(indicator, ch.b(), ch.betweenReforms()).body("value", is("42"));

        JsonPath c = summary(ch.c(), ch.afterSecond());
        assertEquals(7_000_000L, assigned2022(c), "A's line counts in C");
        assertTrue(c.getInt("reform.mappedUnits") >= 1);
        assertEquals(0, c.getList("reform.partialUnits").size());
        assertEquals(0L, assigned2022(summary(ch.d(), ch.afterSecond())));
    }

    @Test
    void aPartialLinkOnTheChainMakesTheUnitPartial() {
        Chain ch = chain(true); // B split between C (province P3) and D (province P4)
        String indicator = reportUnderA(ch);

        rollup(indicator, ch.c(), ch.afterSecond())
                .body("value", nullValue())
                .body("partialUnits.unit.code", contains(ch.a()))
                .body("partialUnits[0].successorsInside.code", contains(ch.c()))
                .body("partialUnits[0].successorsOutside.code", contains(ch.d()));
        rollup(indicator, ch.d(), ch.afterSecond())
                .body("value", nullValue())
                .body("partialUnits.unit.code", contains(ch.a()));

        JsonPath c = summary(ch.c(), ch.afterSecond());
        assertEquals(0L, assigned2022(c), "not counted in one of its successors");
        assertEquals(List.of(ch.a()), c.getList("reform.partialUnits.unit.code"));
        assertEquals(1, c.getInt("reform.partialUnits[0].lineCount"));
    }
}
