package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/** Funding read models across the 1 July 2025 reform: history rolls into successors; split units are reported. */
@QuarkusTest
class FundingReformTest {
    private static final String SUMMARY = "/api/v1/funding-summary";

    @Inject
    DemoUploads loader;

    @BeforeEach
    void loadDemo() {
        loader.loadAll();
    }

    private static JsonNode summary(String unit, String asOf) {
        return SummaryJson.get(
                SUMMARY, Map.of("program", "GNBV-2021-2025", "unit", unit, "asOf", asOf, "componentLevel", "PROJECT"));
    }

    @Test
    void postReformProvinceIncludesItsPreReformHistory() {
        JsonNode before = summary("12", "2024-01-01");
        JsonNode after = summary("12", "2025-07-01");
        assertEquals("2025-07-01", after.get("asOf").asText());
        assertTrue(after.get("reform").get("mappedUnits").asInt() > 100, "old Lai Châu, its districts and communes");
        // Lai Châu was not split, so the new province's history equals the old province's, figure for figure.
        JsonNode da2Before = SummaryJson.row(before, "DA2", 2022);
        JsonNode da2After = SummaryJson.row(after, "DA2", 2022);
        assertEquals(6_629_000_000L, da2After.get("availableVnd").asLong());
        assertEquals(da2Before, da2After);
        assertEquals(before.get("totals"), after.get("totals"));
        assertEquals(0, after.get("reform").get("partialUnits").size());
        assertEquals(0, before.get("reform").get("mappedUnits").asInt(), "nothing to map before the reform");
    }

    @Test
    void drillDownAfterTheReformPutsSplitDistrictFiguresInOwnAndCommuneFiguresInTheirSuccessor() {
        JsonNode d = SummaryJson.get(
                SUMMARY + "/children",
                Map.of(
                        "program",
                        "GNBV-2021-2025",
                        "unit",
                        "12",
                        "asOf",
                        "2025-07-01",
                        "year",
                        "2022",
                        "component",
                        "DA1"));
        // Mường So (03589) and Thị trấn Phong Thổ went wholly into the new commune 03549.
        JsonNode phongTho = null;
        for (JsonNode c : d.get("children")) {
            assertEquals("COMMUNE", c.get("unit").get("level").asText());
            if (c.get("unit").get("code").asText().equals("03549")) {
                phongTho = c;
            }
        }
        assertNotNull(phongTho);
        assertTrue(phongTho.get("assignedVnd").asLong() >= 1_000_000_000L, "Mường So's 1,000 million DA1 maintenance");
        // District-level lines of old Phong Thổ spread over several new communes: they stay at province level.
        assertTrue(d.get("own").get("assignedVnd").asLong() > 0);
        long children = 0;
        for (JsonNode c : d.get("children")) {
            children += c.get("assignedVnd").asLong();
        }
        // Old Phong Thổ states its DA1.TDA1 2022 recurrent 2.085 over Mường So 1.000 and Huổi Luông 1.085 (seed 002
        // l.235): the district's line (in own) covers the communes' lines (in their successors), so they count once.
        assertEquals(
                d.get("total").get("assignedVnd").asLong(),
                children + d.get("own").get("assignedVnd").asLong() - 2_085_000_000L);
    }

    @Test
    void aSplitCommuneIsReportedForOneSuccessorButCountedInTheProvince() {
        // Phường Ngọc Hà (00016, Hà Nội) was split between the new wards 00004 and 00008 (PARTIAL).
        String body = UUID.randomUUID().toString();
        Api.json(Map.of(
                        "program",
                        "GNBV-2021-2025",
                        "component",
                        "DA2",
                        "unit",
                        "00016",
                        "fiscalYear",
                        2024,
                        "source",
                        "LOCAL_PROVINCE",
                        "capitalType",
                        "RECURRENT",
                        "measure",
                        "ASSIGNED",
                        "implementingBody",
                        body,
                        "amountVnd",
                        123_000_000L))
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(201);

        JsonNode ward = summary("00004", "2025-07-01");
        boolean reported = false;
        for (JsonNode p : ward.get("reform").get("partialUnits")) {
            reported |= p.get("unit").get("code").asText().equals("00016");
        }
        assertTrue(reported, "the split commune is listed, not silently dropped");
        assertEquals("EXCLUDED", ward.get("reform").get("partialHandling").asText());
        assertTrue(SummaryJson.rows(ward, "DA2", 2024).isEmpty(), "not counted in one of its successors");

        JsonNode hanoi = summary("01", "2025-07-01");
        assertTrue(
                SummaryJson.row(hanoi, "DA2", 2024).get("assignedVnd").asLong() >= 123_000_000L,
                "all of its successors are in the new Hà Nội, so it counts there");
    }
}
