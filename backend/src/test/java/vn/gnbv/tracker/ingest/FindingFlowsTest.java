package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.FindingFixtures.changes;
import static vn.gnbv.tracker.ingest.FindingFixtures.findings;
import static vn.gnbv.tracker.ingest.FindingFixtures.num;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;
import static vn.gnbv.tracker.ingest.FindingFixtures.row;
import static vn.gnbv.tracker.ingest.FindingFixtures.uploadRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules between measures of one key (docs/findings.md): available = carried in + assigned, disbursed / allocated
 * / returned within what was available, the carry-over chain, magnitude, and two reports disagreeing; each found
 * with its numbers, and silent where the figures agree or the relation cannot be compared.
 */
@QuarkusTest
class FindingFlowsTest {
    @Test
    void availableIsCarriedInPlusAssigned() {
        String p = UploadFixtures.program(true);
        // Phong Thổ's DA4 2024: 7.734 = 3.941 + 3.793 holds; its TDA1 3.913 ≠ 1.847 + 2.065.
        JsonPath r = uploadRows(
                row(p, "DA2", "109", 2024, "AVAILABLE", 7_734_000_000L),
                row(p, "DA2", "109", 2024, "CARRIED_IN", 3_941_000_000L),
                row(p, "DA2", "109", 2024, "ASSIGNED", 3_793_000_000L),
                row(p, "DA2.TDA1", "109", 2024, "AVAILABLE", 3_913_000_000L),
                row(p, "DA2.TDA1", "109", 2024, "CARRIED_IN", 1_847_000_000L),
                row(p, "DA2.TDA1", "109", 2024, "ASSIGNED", 2_065_000_000L));
        assertEquals(List.of("AVAILABLE_VS_FLOWS OPENED"), changes(r), r.prettify());
        Map<String, Object> f = open(findings(p), "AVAILABLE_VS_FLOWS").get(0);
        assertEquals("DA2.TDA1", ((Map<?, ?>) f.get("subject")).get("component"));
        assertEquals(3_912_000_000L, num(f, "expected"));
        assertEquals(1_000_000L, num(f, "difference"));
        assertEquals(List.of(4, 5, 6), r.getList("warnings[0].rows"));
    }

    @Test
    void moneyOutNeverExceedsWhatWasAvailable() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                row(p, "DA1", "109", 2023, "ASSIGNED", 424_000_000L),
                row(p, "DA1", "109", 2023, "DISBURSED", 524_030_000L),
                row(p, "DA1", "109", 2023, "ALLOCATED", 500_000_000L),
                row(p, "DA2", "109", 2024, "CARRIED_IN", 1_000_000_000L),
                row(p, "DA2", "109", 2024, "RETURNED", 1_250_000_000L),
                // Within bounds: nothing.
                row(p, "DA2", "109", 2023, "ASSIGNED", 1_178_000_000L),
                row(p, "DA2", "109", 2023, "CARRIED_IN", 199_000_000L),
                row(p, "DA2", "109", 2023, "DISBURSED", 1_377_000_000L),
                row(p, "DA2", "109", 2023, "ALLOCATED", 1_377_000_000L));
        assertEquals(
                List.of(
                        "ALLOCATED_OVER_ASSIGNED OPENED",
                        "DISBURSED_OVER_AVAILABLE OPENED",
                        "RETURNED_OVER_CARRIED_IN OPENED"),
                changes(r),
                r.prettify());
        Map<String, Object> d = open(findings(p), "DISBURSED_OVER_AVAILABLE").get(0);
        assertEquals(424_000_000L, num(d, "expected"));
        assertEquals(524_030_000L, num(d, "actual"));
    }

    @Test
    void aDisbursementStatedWithoutSourceIsComparedWithTheSourcesTogether() {
        String p = UploadFixtures.program(true);
        // Bắc Kạn city's DA4.TDA3 2023: 424 triệu assigned (central and local), "giải ngân được 110.340.000 triệu".
        JsonPath r = uploadRows(
                row(p, "DA1", "058", 2023, "CENTRAL", "ASSIGNED", 300_000_000L),
                row(p, "DA1", "058", 2023, "LOCAL", "ASSIGNED", 124_000_000L),
                row(p, "DA1", "058", 2023, "UNSPECIFIED", "DISBURSED", 524_030_000L),
                // Stated both ways: the total without a source counts, not its sources again.
                row(p, "DA2", "058", 2023, "CENTRAL", "ASSIGNED", 8_602_000_000L),
                row(p, "DA2", "058", 2023, "LOCAL", "ASSIGNED", 252_000_000L),
                row(p, "DA2", "058", 2023, "UNSPECIFIED", "ASSIGNED", 8_854_000_000L),
                row(p, "DA2", "058", 2023, "UNSPECIFIED", "DISBURSED", 8_854_000_000L));
        assertEquals(List.of("DISBURSED_OVER_AVAILABLE OPENED"), changes(r), r.prettify());
        Map<String, Object> f = open(findings(p), "DISBURSED_OVER_AVAILABLE").get(0);
        assertEquals(null, ((Map<?, ?>) f.get("subject")).get("source"), "over all sources");
        assertEquals(424_000_000L, num(f, "expected"));
        assertEquals(List.of(1, 2, 3), r.getList("warnings[0].rows"));
    }

    @Test
    void whatOneYearCarriesOutTheNextCarriesIn() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                row(p, "DA2.TDA1", "109", 2023, "CARRIED_OUT", 181_934_879L),
                row(p, "DA2.TDA1", "109", 2024, "CARRIED_IN", 162_000_000L),
                row(p, "DA2.TDA2", "109", 2022, "CARRIED_OUT", 193_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "CARRIED_IN", 193_000_000L),
                // Carried out of 2024 with nothing stated for 2025: not comparable.
                row(p, "DA2.TDA2", "109", 2024, "CARRIED_OUT", 117_000_000L));
        assertEquals(List.of("CARRY_OVER_CHAIN OPENED"), changes(r), r.prettify());
        Map<String, Object> f = open(findings(p), "CARRY_OVER_CHAIN").get(0);
        assertEquals(2023, num(f, "fiscalYear"));
        assertEquals(181_934_879L, num(f, "expected"), "carried out of 2023");
        assertEquals(-19_934_879L, num(f, "difference"), "carried into 2024 − carried out of 2023");
    }

    @Test
    void anAmountThousandsOfTimesItsUnitsOthersIsFlagged() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                row(p, "DA1", "109", 2021, "ASSIGNED", 1_000_000_000L),
                row(p, "DA1", "109", 2022, "ASSIGNED", 1_500_000_000L),
                row(p, "DA1", "109", 2023, "ASSIGNED", 2_000_000_000L),
                row(p, "DA2", "109", 2021, "ASSIGNED", 800_000_000L),
                row(p, "DA2", "109", 2022, "ASSIGNED", 900_000_000L),
                row(p, "DA2", "109", 2023, "ASSIGNED", 1_200_000_000L),
                // "110.340.000 triệu đồng" for 110.340.000 đồng.
                row(p, "DA2", "109", 2023, "DISBURSED", 110_340_000_000_000L));
        List<String> c = changes(r);
        assertEquals(List.of("DISBURSED_OVER_AVAILABLE OPENED", "MAGNITUDE OPENED"), c, r.prettify());
        Map<String, Object> m = open(findings(p), "MAGNITUDE").get(0);
        assertEquals(110_340_000_000_000L, num(m, "actual"));
        assertEquals(550_000_000_000L, num(m, "expected"), "500 × the median of the unit's amounts");
    }

    @Test
    void twoReportsStatingOneKeyDifferentlyAreBothShown() {
        String p = UploadFixtures.program(true);
        long annual = FindingFixtures.report("109", LocalDate.of(2024, 1, 15));
        long review = FindingFixtures.report("109", LocalDate.of(2024, 8, 1));
        String row = row(p, "DA2", "109", 2023, "DISBURSED", 1_046_000_000L);
        FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, UploadFixtures.csv(FindingFixtures.HEADER, row))
                .report(annual));
        JsonPath r = FindingFixtures.upload(Upload.csv(
                        UploadFixtures.FUNDING,
                        UploadFixtures.csv(FindingFixtures.HEADER, row.replace("1046000000", "1098000000")))
                .report(review));
        assertEquals(List.of("REPORTS_DISAGREE OPENED"), changes(r), r.prettify());
        Map<String, Object> f = open(findings(p), "REPORTS_DISAGREE").get(0);
        assertEquals(
                List.of(annual, review),
                ((List<Number>) f.get("reportIds"))
                        .stream().map(Number::longValue).toList());
        List<Map<String, Object>> figures = (List<Map<String, Object>>) f.get("figures");
        assertEquals(
                List.of("other 1046000000", "current 1098000000"),
                figures.stream().map(x -> x.get("role") + " " + x.get("value")).toList());
    }
}
