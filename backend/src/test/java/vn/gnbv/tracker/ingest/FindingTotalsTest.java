package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.FindingFixtures.changes;
import static vn.gnbv.tracker.ingest.FindingFixtures.findings;
import static vn.gnbv.tracker.ingest.FindingFixtures.num;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;
import static vn.gnbv.tracker.ingest.FindingFixtures.row;
import static vn.gnbv.tracker.ingest.FindingFixtures.uploadRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TOTAL_VS_PARTS (docs/findings.md) on each axis, through uploads: found with its numbers and the rows involved,
 * shown by a dry run before anything is written, resolved when a corrected total arrives, and silent where the
 * figures agree, where a report itemises only some parts below a total, and within a printed total's rounding.
 */
@QuarkusTest
class FindingTotalsTest {
    private static final String TOTALS = "TOTAL_VS_PARTS";

    @Test
    void subProjectsAboveTheirProjectTotalAreFoundDryRunFirstAndResolvedByACorrection() {
        String p = UploadFixtures.program(true);
        String[] rows = {
            row(p, "DA2", "109", 2023, "DISBURSED", 1_046_000_000L),
            row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
            row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L)
        };
        String csv = UploadFixtures.csv(FindingFixtures.HEADER, rows[0], rows[1], rows[2]);

        JsonPath dry =
                FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, csv).dryRun());
        assertEquals(List.of(TOTALS + " OPENED"), changes(dry), dry.prettify());
        assertEquals(List.of(1, 2, 3), dry.getList("warnings[0].rows"));
        assertEquals(List.of(), findings(p), "a dry run writes no finding");

        JsonPath done = FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, csv));
        assertEquals(List.of(TOTALS + " OPENED"), changes(done));
        List<Map<String, Object>> found = open(findings(p), TOTALS);
        assertEquals(1, found.size(), found.toString());
        Map<String, Object> f = found.get(0);
        assertEquals(1_098_000_000L, num(f, "expected"));
        assertEquals(1_046_000_000L, num(f, "actual"));
        assertEquals(-52_000_000L, num(f, "difference"));
        assertEquals("HIGH", f.get("severity"));
        assertEquals("109", ((Map<?, ?>) f.get("unit")).get("code"));
        Map<?, ?> subject = (Map<?, ?>) f.get("subject");
        assertEquals("DA2", subject.get("component"));
        assertEquals("DISBURSED", subject.get("measure"));
        assertEquals("COMPONENT", subject.get("axis"));
        List<Map<String, Object>> figures = (List<Map<String, Object>>) f.get("figures");
        assertEquals(
                List.of("total 1046000000", "part 696000000", "part 402000000"),
                figures.stream().map(x -> x.get("role") + " " + x.get("value")).toList());
        assertEquals(done.getLong("warnings[0].findingId"), num(f, "id"));

        // Loading the same file again changes nothing, so no warning.
        assertEquals(List.of(), changes(FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, csv))));

        JsonPath fixed = uploadRows(row(p, "DA2", "109", 2023, "DISBURSED", 1_098_000_000L));
        assertEquals(List.of(TOTALS + " RESOLVED"), changes(fixed));
        assertEquals(List.of(1), fixed.getList("warnings[0].rows"));
        assertEquals(List.of(), open(findings(p), TOTALS));
        assertEquals("RESOLVED", findings(p).get(0).get("status"));
    }

    @Test
    void partsBelowATotalAreAFindingOnlyWhenEveryPartIsStated() {
        String p = UploadFixtures.program(true);
        uploadRows(
                row(p, "DA2", "109", 2023, "ASSIGNED", 1_000_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "ASSIGNED", 600_000_000L));
        assertEquals(List.of(), findings(p), "one sub-project of two stated: the other may hold the rest");

        JsonPath both = uploadRows(row(p, "DA2.TDA2", "109", 2023, "ASSIGNED", 300_000_000L));
        assertEquals(List.of(TOTALS + " OPENED"), changes(both));
        Map<String, Object> f = open(findings(p), TOTALS).get(0);
        assertEquals(900_000_000L, num(f, "expected"));
        assertEquals(100_000_000L, num(f, "difference"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) f.get("subject")).get("complete"));
    }

    @Test
    void aPrintedTotalMayCarryTheRoundingItsPrintShowsNoMore() {
        String p = UploadFixtures.program(true);
        // "5,663 tỷ" printed to the triệu against parts of 5.662.705.000: agrees.
        uploadRows(
                row(p, "DA2", "109", 2022, "ASSIGNED", 5_663_000_000L),
                row(p, "DA2.TDA1", "109", 2022, "ASSIGNED", 5_000_000_000L),
                row(p, "DA2.TDA2", "109", 2022, "ASSIGNED", 662_705_000L));
        assertEquals(List.of(), findings(p));
        // "540,259 triệu" printed to the nghìn against parts of 540.252.891: 6.109 đồng apart.
        JsonPath r = uploadRows(
                row(p, "DA2", "109", 2023, "ASSIGNED", 540_259_000L),
                row(p, "DA2.TDA1", "109", 2023, "ASSIGNED", 300_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "ASSIGNED", 240_252_891L));
        assertEquals(List.of(TOTALS + " OPENED"), changes(r));
        assertEquals(6_109L, num(open(findings(p), TOTALS).get(0), "difference"));
    }

    @Test
    void aDistrictBelowItsCommunesAndAPhaseBelowItsYearsAreFound() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                row(p, "DA1", "109", 2023, "DISBURSED", 100_000_000L),
                row(p, "DA1", "03589", 2023, "DISBURSED", 70_000_000L),
                row(p, "DA1", "03490", 2023, "DISBURSED", 50_000_000L),
                row(p, "DA2.TDA1", "109", null, "ASSIGNED", 10_000_000_000L),
                row(p, "DA2.TDA1", "109", 2022, "ASSIGNED", 6_000_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "ASSIGNED", 5_000_000_000L));
        assertEquals(List.of(TOTALS + " OPENED", TOTALS + " OPENED"), changes(r), r.prettify());
        List<String> axes = open(findings(p), TOTALS).stream()
                .map(f -> ((Map<?, ?>) f.get("subject")).get("axis") + " " + f.get("difference"))
                .sorted()
                .toList();
        assertEquals(List.of("UNIT -20000000", "YEAR -1000000000"), axes);
    }

    @Test
    void sourcesAndCapitalTypesAreCheckedAgainstTheLineThatStatesNoneOfThem() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                // "giải ngân 1.000 triệu, trong đó trung ương 700, địa phương 400": the sources exceed the total.
                row(p, "DA1", "109", 2023, "UNSPECIFIED", "DISBURSED", 1_000_000_000L),
                row(p, "DA1", "109", 2023, "CENTRAL", "DISBURSED", 700_000_000L),
                row(p, "DA1", "109", 2023, "LOCAL", "DISBURSED", 400_000_000L),
                // The local budget over its levels agrees (and its levels are not parts of the first total).
                row(p, "DA1", "109", 2023, "LOCAL_PROVINCE", "DISBURSED", 250_000_000L),
                row(p, "DA1", "109", 2023, "LOCAL_DISTRICT", "DISBURSED", 150_000_000L),
                // No capital type stated: investment and recurrent, both stated, fall short of it.
                row(p, "DA2", "109", 2023, "CENTRAL", "UNSPECIFIED", "ASSIGNED", 900_000_000L),
                row(p, "DA2", "109", 2023, "CENTRAL", "INVESTMENT", "ASSIGNED", 600_000_000L),
                row(p, "DA2", "109", 2023, "CENTRAL", "RECURRENT", "ASSIGNED", 200_000_000L),
                // One source of many below the total: the others may hold the rest.
                row(p, "DA1", "109", 2022, "UNSPECIFIED", "ASSIGNED", 1_000_000_000L),
                row(p, "DA1", "109", 2022, "CENTRAL", "ASSIGNED", 600_000_000L),
                // "Other mobilised sources" is not the total of the named mobilisers.
                row(p, "DA1", "109", 2022, "MOBILIZED", "MOBILIZED", 100_000_000L),
                row(p, "DA1", "109", 2022, "MOBILIZED_RED_CROSS", "MOBILIZED", 180_000_000L));
        assertEquals(List.of(TOTALS + " OPENED", TOTALS + " OPENED"), changes(r), r.prettify());
        List<String> found = open(findings(p), TOTALS).stream()
                .map(f -> ((Map<?, ?>) f.get("subject")).get("axis") + " "
                        + ((Map<?, ?>) f.get("subject")).get("complete") + " " + f.get("difference"))
                .sorted()
                .toList();
        assertEquals(List.of("CAPITAL_TYPE true 100000000", "SOURCE false -100000000"), found);
    }

    @Test
    void figuresThatAgreeRaiseNothing() {
        String p = UploadFixtures.program(true);
        JsonPath r = uploadRows(
                row(p, "", "109", 2023, "ASSIGNED", 3_000_000_000L),
                row(p, "DA1", "109", 2023, "ASSIGNED", 1_000_000_000L),
                row(p, "DA2", "109", 2023, "ASSIGNED", 2_000_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "ASSIGNED", 1_200_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "ASSIGNED", 800_000_000L),
                row(p, "DA1", "109", null, "ASSIGNED", 1_000_000_000L),
                row(p, "DA1", "03589", 2023, "ASSIGNED", 400_000_000L));
        assertEquals(List.of(), changes(r), r.prettify());
        assertTrue(findings(p).isEmpty());
    }
}
