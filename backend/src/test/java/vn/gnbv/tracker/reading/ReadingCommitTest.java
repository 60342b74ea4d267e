package vn.gnbv.tracker.reading;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The accepted proposals become the report's figures: dry runs first (nothing written, row errors named by proposal,
 * the findings the set would raise), one transaction for both datasets, a second commit changes nothing, and a
 * proposal rejected later loses its figure at the next commit (replace).
 */
@QuarkusTest
class ReadingCommitTest {
    private static final String FUNDING = "uploads.find { it.dataset == 'funding-lines' }.";

    @Test
    void acceptedProposalsBecomeTheReportsFiguresWithTheirFindings() {
        ReadingFixtures.clear();
        long report = ReadingFixtures.readSeed();
        ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "minConfidence", 0));

        // Dry runs until the accepted set is valid: each refused row names its proposal, which the reviewer rejects.
        JsonPath dry = validDryRun(report);
        assertTrue(dry.getBoolean("dryRun"));
        assertEquals(0, lines(report).size(), "a dry run writes nothing");
        // The findings the accepted set would raise, shown before anything is written.
        assertFalse(dry.getList("uploads.warnings.flatten()").isEmpty(), "seed 002's figures do not all add up");

        // All or nothing: two accepted figures with one key (an edit that each row's rules accept) refuse the
        // commit, and neither dataset is written.
        List<Map<String, Object>> funding =
                ReadingFixtures.proposals(report, "dataset", "funding-lines", "status", "ACCEPTED");
        assertTrue(funding.size() > 2);
        int a = (Integer) funding.get(0).get("id");
        int b = (Integer) funding.get(1).get("id");
        Map<String, Object> same = new HashMap<>(fields(funding.get(0), "fields"));
        same.put("amountVnd", ((Number) same.get("amountVnd")).longValue() + 1);
        String etag = Api.given()
                .get("/api/v1/proposals/" + b)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = Api.json(Map.of("status", "ACCEPTED", "fields", same))
                .header("If-Match", etag)
                .put("/api/v1/proposals/" + b)
                .then()
                .statusCode(200)
                .body("edited", is(true))
                .extract()
                .header("ETag");
        Response clash = ReadingFixtures.commit(report, false);
        assertEquals(422, clash.statusCode(), clash.asString());
        assertTrue(clash.jsonPath().getList("commit.errors.code").contains("DUPLICATE_KEY_IN_BATCH"), clash.asString());
        assertTrue(List.of(a, b).containsAll(clash.jsonPath().getList("commit.errors.proposalId")), clash.asString());
        assertEquals(0, lines(report).size());
        Api.given()
                .queryParam("report", report)
                .get("/api/v1/indicator-values")
                .then()
                .statusCode(200)
                .body("items.size()", is(0));
        // The edit taken back: the figure as read.
        Api.json(Map.of("status", "ACCEPTED", "fields", fields(funding.get(1), "proposed")))
                .header("If-Match", etag)
                .put("/api/v1/proposals/" + b)
                .then()
                .statusCode(200)
                .body("edited", is(false));

        List<Map<String, Object>> values =
                ReadingFixtures.proposals(report, "dataset", "indicator-values", "status", "ACCEPTED");
        assertEquals(funding.size(), dry.getLong(FUNDING + "inserted"));
        JsonPath done = ReadingFixtures.commit(report, false)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertFalse(done.getBoolean("rejected"));
        assertFalse(done.getBoolean("dryRun"));
        // one upload per dataset with accepted proposals (seed 002's money spent on models is read as projects too)
        int projects = ReadingFixtures.proposals(report, "dataset", "local-projects", "status", "ACCEPTED")
                .size();
        assertEquals(
                1 + (values.isEmpty() ? 0 : 1) + (projects == 0 ? 0 : 1),
                done.getList("uploads").size());
        assertEquals(funding.size(), done.getLong(FUNDING + "inserted"));
        // The figures are the accepted proposals: same key and amount, one for one.
        List<String> stored = new ArrayList<>();
        for (Map<String, Object> l : lines(report)) {
            Map<?, ?> unit = (Map<?, ?>) l.get("unit");
            stored.add(key(
                    l.get("component"),
                    unit.get("code"),
                    l.get("fiscalYear"),
                    l.get("source"),
                    l.get("capitalType"),
                    l.get("measure"),
                    l.get("originYear"),
                    l.get("amountVnd")));
        }
        List<String> accepted = new ArrayList<>();
        for (Map<String, Object> p : funding) {
            Map<String, Object> f = fields(p, "proposed");
            accepted.add(key(
                    f.get("component"),
                    f.get("unit"),
                    f.get("year"),
                    f.get("source"),
                    f.get("capitalType"),
                    f.get("measure"),
                    f.get("originYear"),
                    f.get("amountVnd")));
        }
        stored.sort(null);
        accepted.sort(null);
        assertEquals(accepted, stored);
        // Their findings: raised in the commit's transaction as the dry run said, and listed by report.
        assertEquals(dry.getList("uploads.warnings.flatten().code"), done.getList("uploads.warnings.flatten().code"));
        Api.given()
                .queryParam("report", report)
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThan(0));
        Api.given()
                .get("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(200)
                .body("committedAt", notNullValue());

        // Twice: nothing changes.
        JsonPath twice = ReadingFixtures.commit(report, false)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (Map<String, Object> u : twice.<Map<String, Object>>getList("uploads")) {
            assertEquals(0, ((Number) u.get("inserted")).intValue(), u.toString());
            assertEquals(0, ((Number) u.get("updated")).intValue(), u.toString());
            assertEquals(0, ((Number) u.get("deleted")).intValue(), u.toString());
        }
        assertEquals(funding.size(), twice.getLong(FUNDING + "unchanged"));

        // Rejected after the commit: its figure goes at the next one (the figures are exactly the accepted set).
        ReadingFixtures.bulk(report, Map.of("status", "REJECTED", "ids", List.of(a), "overrule", true));
        JsonPath third = ReadingFixtures.commit(report, false)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, third.getLong(FUNDING + "deleted"));
        assertEquals(funding.size() - 1, lines(report).size());
        // The commit is audited beside its uploads.
        Api.given()
                .queryParam("resourceType", "REPORT_READING")
                .queryParam("operation", "UPDATE")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].after.reportId", is((int) report));
    }

    @Test
    void acceptedFiguresInAnApprovedPeriodRefuseTheCommitNamingTheLockedCells() {
        // Phước Long (957, Bạc Liêu), figures no other test writes: its funding of 2023 signed off.
        long report = ReadingFixtures.report("957");
        ReadingFixtures.attach(report, "text/plain; charset=utf-8", ReadingFixtures.seed());
        ReadingFixtures.read(report);
        ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "minConfidence", 0, "dataset", "funding-lines"));
        validDryRun(report);
        assertTrue(ReadingFixtures.proposals(report, "dataset", "funding-lines", "status", "ACCEPTED").stream()
                .anyMatch(p -> Integer.valueOf(2023).equals(fields(p, "fields").get("year"))));
        signOff("957", "SUBMITTED", null);
        signOff("957", "APPROVED", null);
        try {
            for (boolean dryRun : List.of(true, false)) {
                Response r = ReadingFixtures.commit(report, dryRun);
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("PERIOD_LOCKED", r.jsonPath().getString("code"));
                assertTrue(r.jsonPath().getBoolean("commit.rejected"));
                assertEquals(
                        List.of("2023"),
                        r.jsonPath().getList("commit.uploads.lockedCells.flatten().period"),
                        r.asString());
                assertTrue(r.jsonPath().getList("commit.errors.code").contains("PERIOD_LOCKED"), r.asString());
                assertEquals(0, lines(report).size());
            }
        } finally {
            signOff("957", "DRAFT", "Mở lại sau kiểm thử đọc báo cáo");
        }
    }

    /**
     * Dry runs until the accepted set is valid, rejecting each refused row's proposal (two figures read for one key
     * with different amounts are refused as DUPLICATE_KEY_IN_BATCH, each named by its proposal); the valid dry run.
     */
    private static JsonPath validDryRun(long report) {
        for (int round = 0; round < 3; round++) {
            Response r = ReadingFixtures.commit(report, true);
            if (r.statusCode() == 200) {
                return r.jsonPath();
            }
            assertEquals(422, r.statusCode(), r.asString());
            assertEquals("UPLOAD_REJECTED", r.jsonPath().getString("code"));
            assertTrue(r.jsonPath().getBoolean("commit.rejected"));
            List<Integer> ids = r.jsonPath().getList("commit.errors.proposalId");
            assertFalse(ids.isEmpty(), r.asString());
            ReadingFixtures.bulk(report, Map.of("status", "REJECTED", "ids", ids, "overrule", true));
        }
        throw new AssertionError("the accepted set did not become valid");
    }

    /** Moves the unit's 2023 funding sign-off of GNBV-2021-2025 (as ADMIN, with its current version). */
    private static void signOff(String unit, String status, String reason) {
        Map<String, Object> key = Map.of(
                "unit",
                unit,
                "asOf",
                "2024-06-01",
                "program",
                ReadingFixtures.PROGRAM,
                "period",
                "2023",
                "dataset",
                "FUNDING");
        int version = Api.given()
                .queryParams(key)
                .get("/api/v1/approval-status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("version");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        Api.json(body)
                .queryParams(key)
                .header("If-Match", "\"" + version + "\"")
                .put("/api/v1/approval-status")
                .then()
                .statusCode(200);
    }

    @Test
    void acceptedLocalProjectsAreCommittedWithTheReportsOtherFigures() {
        ReadingFixtures.clear();
        long report = ReadingFixtures.report();
        String name = "Dự án nuôi ong lấy mật thử " + System.nanoTime() + " tại xã Hòa Bình";
        String text = "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo\n"
                + "Năm 2023 đã giải ngân 700 triệu đồng vốn sự nghiệp ngân sách trung ương.\n"
                + "- " + name + ": có 25 hộ tham gia, gồm 9 hộ nghèo, 8 hộ cận nghèo, 3 hộ mới thoát nghèo. Kinh phí"
                + " thực hiện: 410.000.000 đồng, trong đó ngân sách nhà nước 350.000.000 đồng; dân đối ứng"
                + " 60.000.000 đồng. Dự án đã hoàn thành.\n";
        ReadingFixtures.attach(report, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        JsonPath r = ReadingFixtures.read(report);
        assertEquals(1, r.getLong("datasets.find { it.dataset == 'local-projects' }.total"));
        List<Map<String, Object>> projects = ReadingFixtures.proposals(report, "dataset", "local-projects");
        Map<String, Object> f = fields(projects.get(0), "fields");
        assertEquals(name, f.get("name"));
        assertEquals("COMPLETED", f.get("status"));
        assertEquals(350_000_000L, ((Number) f.get("budgetStateVnd")).longValue());
        assertEquals(60_000_000L, ((Number) f.get("budgetPeopleCounterpartVnd")).longValue());
        assertEquals(9, f.get("householdsPoor"));
        // The CSV has the local-projects upload's columns.
        String csv = Api.given()
                .accept("text/csv")
                .queryParam("dataset", "local-projects")
                .get("/api/v1/reports/" + report + "/proposals")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                csv.startsWith("program,component,unit,name,status,budget_state_vnd,budget_people_counterpart_vnd,"
                        + "budget_other_vnd,households_poor,"),
                csv);

        ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "minConfidence", 0));
        JsonPath done = ReadingFixtures.commit(report, false)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("funding-lines", "local-projects"), done.getList("uploads.dataset"));
        assertEquals(1, done.getLong("uploads.find { it.dataset == 'local-projects' }.inserted"));
        List<Map<String, Object>> stored = Api.given()
                .queryParam("report", report)
                .get("/api/v1/local-projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, Object> p = stored.stream()
                .filter(x -> name.equals(x.get("name")))
                .findFirst()
                .orElseThrow();
        assertEquals("DA2", p.get("componentCode"));
        assertEquals(410_000_000L, ((Number) ((Map<?, ?>) p.get("budget")).get("totalVnd")).longValue());
        assertEquals(20, ((Map<?, ?>) p.get("households")).get("total"));
        // ... in the same commit as the funding lines read beside it
        assertEquals(
                ReadingFixtures.proposals(report, "dataset", "funding-lines").size(),
                lines(report).size());
        assertTrue(lines(report).size() >= 1);
    }

    @Test
    void nothingAcceptedCommitsNothing() {
        long report = ReadingFixtures.readSeed();
        JsonPath r = ReadingFixtures.commit(report, false)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(), r.getList("uploads"));
        assertEquals(0, lines(report).size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> proposal, String which) {
        return (Map<String, Object>) proposal.get(which);
    }

    private static List<Map<String, Object>> lines(long report) {
        return Api.given()
                .queryParam("report", report)
                .queryParam("limit", 1000)
                .get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static String key(Object... parts) {
        List<String> s = new ArrayList<>();
        for (Object p : parts) {
            s.add(p == null ? "" : p.toString());
        }
        return String.join("|", s);
    }
}
