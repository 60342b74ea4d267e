package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.SummaryJson.nullableVnd;
import static vn.gnbv.tracker.funding.SummaryJson.rate;
import static vn.gnbv.tracker.funding.SummaryJson.row;
import static vn.gnbv.tracker.funding.SummaryJson.vnd;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * Summary and drill-down over fixtures/funding-lines-sin-ho.csv (Sìn Hồ, 108; only this class writes there). Loaded
 * as an upload through the demo loader, which is idempotent, so the sums are exact on every run.
 */
@QuarkusTest
class FundingSummaryTest {
    private static final String SUMMARY = "/api/v1/funding-summary";

    @Inject
    DemoUploads loader;

    @BeforeEach
    void loadFixture() {
        var result = loader.load("fixtures/funding-lines-sin-ho.csv", "funding-lines");
        assertNull(result.error(), result.error());
    }

    private static JsonNode summary(Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of("program", "GNBV-2021-2025", "unit", "108", "asOf", "2024-01-01"));
        p.putAll(extra);
        return SummaryJson.get(SUMMARY, p);
    }

    @Inject
    DataSource ds;

    @Test
    void aSummarySeesAWriteMadeBehindTheApisBack() throws Exception {
        assertEquals(1_000_000_000L, vnd(row(summary(Map.of()), "DA3.TDA1", 2022), "assignedVnd"));
        // Another API instance (or psql) writes: the memoised summary must not outlive the change.
        String where = " from program_component c where c.id = f.component_id and c.code = 'DA3.TDA1'"
                + " and f.fiscal_year = 2022 and f.measure = 'ASSIGNED' and f.current";
        try {
            sql("update funding_line f set amount_vnd = amount_vnd + 7" + where);
            assertEquals(1_000_000_007L, vnd(row(summary(Map.of()), "DA3.TDA1", 2022), "assignedVnd"));
        } finally {
            sql("update funding_line f set amount_vnd = amount_vnd - 7" + where);
        }
        assertEquals(1_000_000_000L, vnd(row(summary(Map.of()), "DA3.TDA1", 2022), "assignedVnd"));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void sumsEachComponentAndYearWithDerivedFigures() {
        JsonNode s = summary(Map.of());
        JsonNode tda1 = row(s, "DA3.TDA1", 2022);
        assertEquals(1_000_000_000L, vnd(tda1, "assignedVnd"));
        assertEquals(400_000_000L, vnd(tda1, "disbursedVnd"));
        assertEquals(1_000_000_000L, vnd(tda1, "availableVnd"));
        assertEquals(0, new BigDecimal("0.4").compareTo(rate(tda1)));
        assertEquals(550_000_000L, nullableVnd(tda1, "carriedInNextYearVnd"));
        assertEquals(50_000_000L, nullableVnd(tda1, "carryOverGapVnd"));

        JsonNode next = row(s, "DA3.TDA1", 2023);
        assertEquals(2_850_000_000L, vnd(next, "availableVnd"));
        assertEquals(200_000_000L, vnd(next, "unallocatedVnd"));
        // Nothing disbursed was reported for 2023: the rate is unknown, not 0 %.
        assertNull(rate(next));
        assertEquals(0L, vnd(next, "disbursedVnd"));
        assertNull(nullableVnd(next, "carriedInNextYearVnd"));
        assertNull(nullableVnd(next, "carryOverGapVnd"));

        // A commune's lines count in its district; exact rates are not rounded to a few decimals.
        JsonNode infra = row(s, "DA1.TDA1", 2022);
        assertEquals(9_000_000_000L, vnd(infra, "assignedVnd"));
        assertEquals(4_000_000_000L, vnd(infra, "disbursedVnd"));
        assertEquals(new BigDecimal("0.4444444444"), rate(infra));
        assertNull(nullableVnd(infra, "carryOverGapVnd"));

        // The program as a whole is the summary's root: its whole-phase line is the range total's reported plan.
        JsonNode phase = s.get("totals").get(s.get("totals").size() - 1);
        assertTrue(phase.get("fiscalYear").isNull(), "the range total comes last");
        assertEquals(50_000_000_000L, vnd(phase, "mediumTermPlanVnd"));
        assertEquals(
                50_000_000_000L, phase.get("reported").get("mediumTermPlanVnd").asLong());
        // Over the phase: 4.9 bn disbursed of 12.8 bn assigned (nothing carried into 2022).
        assertEquals(new BigDecimal("0.3828125000"), rate(phase));
        assertTrue(SummaryJson.rows(s, null, null).isEmpty(), "the program is not a row");
    }

    @Test
    void totalsArePerFiscalYearOverAllComponents() {
        JsonNode s = summary(Map.of());
        JsonNode y2022 = null;
        for (JsonNode t : s.get("totals")) {
            if (t.get("fiscalYear").asInt() == 2022) {
                y2022 = t;
            }
        }
        assertEquals(10_500_000_000L, vnd(y2022, "assignedVnd"));
        assertEquals(4_900_000_000L, vnd(y2022, "disbursedVnd"));
        assertEquals(new BigDecimal("0.4666666667"), rate(y2022));
        assertEquals(50_000_000L, nullableVnd(y2022, "carryOverGapVnd"));
    }

    @Test
    void projectLevelRollsSubProjectsUp() {
        JsonNode s = summary(Map.of("componentLevel", "PROJECT"));
        JsonNode da3 = row(s, "DA3", 2022);
        assertEquals("PROJECT", da3.get("component").get("kind").asText());
        assertEquals(1_500_000_000L, vnd(da3, "assignedVnd"));
        assertEquals(900_000_000L, vnd(da3, "disbursedVnd"));
        assertEquals(0, new BigDecimal("0.6").compareTo(rate(da3)));
        assertEquals(50_000_000L, nullableVnd(da3, "carryOverGapVnd"));
        assertTrue(SummaryJson.rows(s, "DA3.TDA1", 2022).isEmpty());
    }

    @Test
    void groupsBySourceAndCapitalTypeAndShowsNegativeUnallocated() {
        JsonNode s = summary(Map.of("groupBy", "source,capitalType"));
        JsonNode central = null;
        JsonNode province = null;
        for (JsonNode r : SummaryJson.rows(s, "DA3.TDA1", 2023)) {
            assertEquals("RECURRENT", r.get("capitalType").asText());
            if (r.get("source").asText().equals("CENTRAL")) {
                central = r;
            } else if (r.get("source").asText().equals("LOCAL_PROVINCE")) {
                province = r;
            }
        }
        assertEquals(-100_000_000L, vnd(central, "unallocatedVnd"));
        assertEquals(2_550_000_000L, vnd(central, "availableVnd"));
        assertEquals(300_000_000L, vnd(province, "assignedVnd"));
        // The province's money has no allocation line: how much is unallocated is unknown, not all of it.
        assertTrue(province.get("unallocatedVnd").isNull());
        assertEquals(2, s.get("groupBy").size());
    }

    @Test
    void yearRangeStillReadsTheNextYearForTheCarryOverCheck() {
        JsonNode s = summary(Map.of("yearFrom", "2022", "yearTo", "2022", "component", "DA3"));
        // DA3 and its two sub-projects, each in 2022 and over the range (the same single year).
        assertEquals(6, s.get("rows").size());
        assertEquals(50_000_000L, nullableVnd(row(s, "DA3.TDA1", 2022), "carryOverGapVnd"));
        assertEquals(50_000_000L, nullableVnd(row(s, "DA3.TDA1", null), "carryOverGapVnd"));
        assertEquals(2, s.get("totals").size());
        assertEquals(1_500_000_000L, vnd(s.get("totals").get(0), "assignedVnd"));
    }

    @Test
    void drillDownListsEveryChildWithOwnAndTotal() {
        JsonNode d = SummaryJson.get(
                SUMMARY + "/children", Map.of("program", "GNBV-2021-2025", "unit", "108", "year", "2022"));
        JsonNode children = d.get("children");
        assertEquals(22, children.size());
        JsonNode town = null;
        String previous = "";
        for (JsonNode c : children) {
            String code = c.get("unit").get("code").asText();
            assertTrue(code.compareTo(previous) > 0, "children are ordered by code");
            previous = code;
            if (code.equals("03478")) {
                town = c;
            } else {
                assertEquals(0L, vnd(c, "assignedVnd"));
                assertNull(rate(c));
            }
        }
        assertEquals(7_000_000_000L, vnd(town, "assignedVnd"));
        assertEquals(3_000_000_000L, vnd(town, "disbursedVnd"));
        assertEquals(3_500_000_000L, vnd(d.get("own"), "assignedVnd"));
        assertEquals(1_900_000_000L, vnd(d.get("own"), "disbursedVnd"));
        assertEquals(50_000_000L, nullableVnd(d.get("own"), "carryOverGapVnd"));
        assertEquals(10_500_000_000L, vnd(d.get("total"), "assignedVnd"));
        assertFalse(d.get("total").get("disbursementRate").isNull());
    }

    @Test
    void rejectsMalformedSummaryQueries() {
        Api.raw()
                .queryParam("unit", "108")
                .get(SUMMARY)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("program"));
        bad(Map.of("groupBy", "measure"), "groupBy");
        bad(Map.of("componentLevel", "TOP"), "componentLevel");
        bad(Map.of("yearFrom", "2024", "yearTo", "2022"), "yearFrom");
        bad(Map.of("asOf", "01/01/2024"), "asOf");
        Api.raw()
                .queryParams(Map.of("program", "GNBV-2021-2025", "unit", "108"))
                .get(SUMMARY + "/children")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("year"));
    }

    @Test
    void rejectsUnknownProgramUnitAndComponent() {
        Api.given()
                .queryParams(Map.of("program", "NO-SUCH", "unit", "108", "asOf", "2024-01-01"))
                .get(SUMMARY)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_PROGRAM"));
        Api.given()
                .queryParams(Map.of("program", "GNBV-2021-2025", "unit", "108", "asOf", "2025-07-01"))
                .get(SUMMARY)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_UNIT"));
        Api.given()
                .queryParams(Map.of("program", "GNBV-2021-2025", "unit", "108", "year", "2022", "component", "DA9"))
                .get(SUMMARY + "/children")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_COMPONENT"));
    }

    private static void bad(Map<String, String> extra, String field) {
        Map<String, Object> p = new HashMap<>(Map.of("program", "GNBV-2021-2025", "unit", "108"));
        p.putAll(extra);
        Api.raw()
                .queryParams(p)
                .get(SUMMARY)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is(field));
    }
}
