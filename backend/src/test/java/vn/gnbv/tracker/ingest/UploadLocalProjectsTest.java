package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gnbv.tracker.ingest.UploadFixtures.all;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The third upload dataset, local projects: the single-write rules per row, the modes (upsert, insert-only, replace for
 * a report), dry runs, JSON, idempotency, jobs, the caller's scope, and unit codes read as of the report's date.
 */
@QuarkusTest
class UploadLocalProjectsTest {
    static final String PROJECTS = "local-projects";
    static final String HEADER =
            "program,component,unit,name,status,start_date,end_date,budget_state_vnd,households_poor,locator";

    @Inject
    DataSource ds;

    /** A report issued by the unit with this code (as of {@code issued}); answers its id. */
    long report(String unit, LocalDate issued) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, ?, 'Báo cáo kết quả thực hiện', 'ANNUAL_REPORT' from admin_unit"
                        + " where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) returning id")) {
            ps.setString(1, UploadFixtures.unique("LP") + "/BC-UBND");
            ps.setObject(2, issued);
            ps.setString(3, unit);
            ps.setObject(4, issued);
            ps.setObject(5, issued);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A record under {@link #HEADER}: component DA2, started 2023-05-01. */
    static String row(String program, String unit, String name, String status, String budget, String poor) {
        return String.join(",", program, "DA2", unit, name, status, "2023-05-01", "", budget, poor, "");
    }

    static List<Map<String, Object>> projects(String program) {
        return all("/api/v1/local-projects?program=" + program);
    }

    /** Name → "budget poor-households report locator" of every project of the program. */
    static Map<String, String> state(String program) {
        Map<String, String> m = new TreeMap<>();
        for (Map<String, Object> p : projects(program)) {
            m.put(
                    (String) p.get("name"),
                    ((Map<?, ?>) p.get("budget")).get("stateVnd") + " " + ((Map<?, ?>) p.get("households")).get("poor")
                            + " r" + p.get("reportId") + " " + p.get("locator"));
        }
        return m;
    }

    static List<Long> counts(JsonPath r) {
        return List.of(r.getLong("inserted"), r.getLong("updated"), r.getLong("unchanged"), r.getLong("deleted"));
    }

    static JsonPath ok(Upload u) {
        return u.post().then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRowPassesTheSingleWriteRulesAndABadRowRefusesTheBatch() {
        String p = UploadFixtures.program();
        String file = csv(
                HEADER,
                row(p, "109", "Mô hình A", "IN_PROGRESS", "500000000", "7"),
                row(p, "109", "", "IN_PROGRESS", "1", "1"),
                row(p, "109", "Mô hình C", "DONE", "1", "1"),
                String.join(",", p, "DA9", "109", "Mô hình D", "PLANNED", "2023-05-01", "", "1", "1", ""),
                row(p, "99999", "Mô hình E", "PLANNED", "1", "1"),
                row(p, "109", "Mô hình F", "PLANNED", "-5", "1"),
                row(p, "109", "Mô hình G", "PLANNED", "1.5", "1"),
                row(p, "109", "Mô hình H", "PLANNED", "1", "2.5"),
                row(p, "109", "Mô hình I", "PLANNED", "1", "-2"),
                String.join(",", p, "DA2", "109", "Mô hình J", "PLANNED", "2023-05-01", "2023-04-30", "1", "1", ""),
                String.join(",", p, "DA2", "109", "Mô hình K", "PLANNED", "2023-13-01", "", "1", "1", ""),
                row(p, "109", "x".repeat(501), "PLANNED", "1", "1"),
                row(p, "109", "Mô hình A", "PLANNED", "1", "1"));
        assertRejected(
                Upload.csv(PROJECTS, file).post(),
                422,
                "UPLOAD_REJECTED",
                "2 name MISSING",
                "3 status UNKNOWN_CODE",
                "4 component UNKNOWN_COMPONENT",
                "5 unit UNKNOWN_UNIT",
                "6 budget_state_vnd OUT_OF_RANGE",
                "7 budget_state_vnd INVALID_AMOUNT",
                "8 households_poor NOT_AN_INTEGER",
                "9 households_poor OUT_OF_RANGE",
                "10 end_date BEFORE_START",
                "11 start_date INVALID_DATE",
                "12 name TOO_LONG",
                "13 null DUPLICATE_KEY_IN_BATCH");
        assertEquals(List.of(), projects(p), "a refused batch writes none of its rows");

        // The same rule refuses the same project written singly, naming the API's field.
        Map<String, Object> single = new HashMap<>();
        single.put("program", p);
        single.put("component", "DA2");
        single.put("unit", "109");
        single.put("startDate", "2023-05-01");
        single.put("name", "Mô hình I");
        single.put("status", "PLANNED");
        single.put("households", Map.of("poor", -2));
        Api.raw()
                .contentType("application/json")
                .body(single)
                .post("/api/v1/local-projects")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("households.poor"))
                .body("errors[0].code", org.hamcrest.Matchers.is("OUT_OF_RANGE"));

        assertEquals(
                List.of(1L, 0L, 0L, 0L),
                counts(ok(Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Mô hình A", "IN_PROGRESS", "5", "7"))))));
        Map<String, Object> a = projects(p).get(0);
        assertEquals("IN_PROGRESS", a.get("status"));
        assertEquals("109", ((Map<?, ?>) a.get("unit")).get("code"));
        assertEquals(0, num(((Map<?, ?>) a.get("households")).get("nearPoor")), "an omitted count is 0");
        assertNull(a.get("reportId"), "no report named: a direct entry");
    }

    @Test
    void upsertInsertOnlyDryRunJsonIdempotencyAndJobs() {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-lp");
        String first = csv(
                HEADER,
                row(p, "109", "Mô hình A", "IN_PROGRESS", "100", "1"),
                row(p, "109", "Mô hình B", "IN_PROGRESS", "200", "2"));
        assertEquals(
                List.of(2L, 0L, 0L, 0L), counts(ok(Upload.csv(PROJECTS, first).as(token))));

        String second = csv(
                HEADER,
                row(p, "109", "Mô hình A", "COMPLETED", "150", "1"),
                row(p, "109", "Mô hình B", "IN_PROGRESS", "200", "2"),
                row(p, "109", "Mô hình C", "PLANNED", "300", "3"));
        JsonPath dry = ok(Upload.csv(PROJECTS, second).as(token).dryRun());
        assertEquals(List.of(1L, 1L, 1L, 0L), counts(dry));
        assertEquals(Map.of("Mô hình A", "100 1 rnull null", "Mô hình B", "200 2 rnull null"), state(p), "dry run");
        assertRejected(
                Upload.csv(PROJECTS, second).as(token).mode("insert-only").post(),
                422,
                "UPLOAD_REJECTED",
                "1 null KEY_EXISTS",
                "2 null KEY_EXISTS");
        assertEquals(counts(dry), counts(ok(Upload.csv(PROJECTS, second).as(token))));
        assertEquals(
                Map.of(
                        "Mô hình A", "150 1 rnull null",
                        "Mô hình B", "200 2 rnull null",
                        "Mô hình C", "300 3 rnull null"),
                state(p));
        // The replaced project's UPDATE event shows before and after, as a single write's does.
        long idA = projects(p).stream()
                .filter(x -> x.get("name").equals("Mô hình A"))
                .map(x -> num(x.get("id")))
                .findFirst()
                .orElseThrow();
        // Its history starts with the upload that created it (no CREATE event of its own), then the replacement.
        List<Map<String, Object>> history = all("/api/v1/audit-events?resourceType=LOCAL_PROJECT&resourceId=" + idA);
        assertEquals(
                List.of("UPDATE", "UPLOAD"),
                history.stream().map(e -> e.get("operation")).toList(),
                history.toString());
        assertEquals(PROJECTS, ((Map<?, ?>) history.get(1).get("after")).get("dataset"));
        List<Map<String, Object>> updates =
                all("/api/v1/audit-events?resourceType=LOCAL_PROJECT&operation=UPDATE&resourceId=" + idA);
        assertEquals(1, updates.size());
        assertEquals(100L, num(((Map<?, ?>) updates.get(0).get("before")).get("stateBudgetVnd")));
        assertEquals("IN_PROGRESS", ((Map<?, ?>) updates.get(0).get("before")).get("status"));
        assertEquals(150L, num(((Map<?, ?>) updates.get(0).get("after")).get("stateBudgetVnd")));
        assertEquals("COMPLETED", ((Map<?, ?>) updates.get(0).get("after")).get("status"));
        assertEquals(1L, num(((Map<?, ?>) updates.get(0).get("after")).get("version")));

        // JSON: the same columns in camelCase; numbers as numbers or strings.
        String json = "[{\"program\": \"" + p + "\", \"component\": \"DA2.TDA1\", \"unit\": \"109\","
                + " \"startDate\": \"2023-01-01\", \"name\": \"Mô hình D\", \"status\": \"PLANNED\","
                + " \"budgetStateVnd\": 500000000, \"budgetPeopleCounterpartVnd\": \"92300000\","
                + " \"householdsPoor\": 7, \"householdsNearPoor\": \"12\", \"householdsOther\": 1}]";
        String key = UploadFixtures.unique("lp-key").replace(' ', '-');
        Response once = Upload.json(PROJECTS, json).as(token).key(key).post();
        assertEquals(200, once.statusCode(), once.asString());
        assertEquals(1L, once.jsonPath().getLong("inserted"));
        Response twice = Upload.json(PROJECTS, json).as(token).key(key).post();
        assertEquals(200, twice.statusCode(), twice.asString());
        assertEquals("true", twice.header("Idempotent-Replayed"));
        Map<String, Object> d = projects(p).stream()
                .filter(x -> x.get("name").equals("Mô hình D"))
                .findFirst()
                .orElseThrow();
        assertEquals("DA2.TDA1", d.get("componentCode"));
        assertEquals(592_300_000L, num(((Map<?, ?>) d.get("budget")).get("totalVnd")));
        assertEquals(20L, num(((Map<?, ?>) d.get("households")).get("total")));

        // A job takes the same path.
        String id = Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Mô hình E", "PLANNED", "1", "1")))
                .as(token)
                .jobId();
        JsonPath job = UploadFixtures.awaitJob(token, id);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(PROJECTS, job.getString("dataset"));
        assertEquals(1L, job.getLong("report.inserted"));
        assertEquals(5, projects(p).size());
    }

    @Test
    void replaceMakesTheReportsProjectsExactlyTheFileAndTwiceChangesNothing() throws Exception {
        String p = UploadFixtures.program();
        long r = report("109", LocalDate.of(2024, 8, 1));
        long other = report("109", LocalDate.of(2023, 12, 20));
        String token = UploadFixtures.admin("upl-lp-repl");
        // Beside the report's projects: a direct entry and another report's project of the same name stay.
        ok(Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Mô hình C", "PLANNED", "9", "9")))
                .as(token));
        ok(Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Mô hình C", "PLANNED", "8", "8")))
                .as(token)
                .report(other));
        String first = csv(
                HEADER,
                row(p, "109", "Mô hình A", "IN_PROGRESS", "100", "1") + "Mục 1",
                row(p, "109", "Mô hình B", "IN_PROGRESS", "200", "2") + "Mục 2",
                row(p, "109", "Mô hình C", "IN_PROGRESS", "300", "3") + "Mục 3");
        assertEquals(
                List.of(3L, 0L, 0L, 0L),
                counts(ok(Upload.csv(PROJECTS, first).as(token).mode("replace").report(r))));

        // The corrected report: A as it was, B's households fixed, C gone, D added.
        String second = csv(
                HEADER,
                row(p, "109", "Mô hình A", "IN_PROGRESS", "100", "1") + "Mục 1",
                row(p, "109", "Mô hình B", "IN_PROGRESS", "200", "20") + "Mục 2",
                row(p, "109", "Mô hình D", "PLANNED", "400", "4") + "Mục 4");
        JsonPath dry = ok(
                Upload.csv(PROJECTS, second).as(token).mode("replace").report(r).dryRun());
        assertEquals(List.of(1L, 1L, 1L, 1L), counts(dry));
        assertEquals(5, projects(p).size(), "a dry run writes nothing");
        JsonPath done =
                ok(Upload.csv(PROJECTS, second).as(token).mode("replace").report(r));
        assertEquals(counts(dry), counts(done));
        Map<String, String> expected = new TreeMap<>(Map.of(
                "Mô hình A", "100 1 r" + r + " Mục 1",
                "Mô hình B", "200 20 r" + r + " Mục 2",
                "Mô hình D", "400 4 r" + r + " Mục 4"));
        Map<String, String> stated = new TreeMap<>();
        for (Map<String, Object> x : all("/api/v1/local-projects?program=" + p + "&report=" + r)) {
            stated.put((String) x.get("name"), state(p).get(x.get("name")));
        }
        assertEquals(expected, stated, "exactly the file");
        List<String> others = projects(p).stream()
                .filter(x -> !Long.valueOf(r).equals(x.get("reportId") == null ? null : num(x.get("reportId"))))
                .map(x -> x.get("name") + " " + x.get("reportId"))
                .sorted()
                .toList();
        assertEquals(List.of("Mô hình C " + other, "Mô hình C null"), others, "other reports' and direct entries stay");

        assertEquals(
                List.of(0L, 0L, 3L, 0L),
                counts(ok(Upload.csv(PROJECTS, second).as(token).mode("replace").report(r))),
                "loading the same file twice changes nothing");

        // The deletion is in the audit trail with the project as it was.
        long deleted = all("/api/v1/audit-events?resourceType=LOCAL_PROJECT&operation=DELETE").stream()
                .filter(e -> e.get("before") instanceof Map<?, ?> b
                        && b.get("reportId") != null
                        && num(b.get("reportId")) == r
                        && "Mô hình C".equals(b.get("name"))
                        && num(b.get("stateBudgetVnd")) == 300)
                .count();
        assertEquals(1, deleted);
    }

    @Test
    void theReportsDateReadsItsUnitCodes() throws Exception {
        String p = UploadFixtures.program();
        // Nông Thượng commune (01852, Bắc Kạn city) was merged away on 2025-07-01; a 2024 report names it.
        long r = report("058", LocalDate.of(2024, 6, 1));
        String header = "program,component,unit,name,status";
        String file = csv(header, p + ",DA2,01852,Trồng quế,COMPLETED");
        assertRejected(Upload.csv(PROJECTS, file).post(), 422, "UPLOAD_REJECTED", "1 unit UNKNOWN_UNIT");
        assertEquals(
                List.of(1L, 0L, 0L, 0L), counts(ok(Upload.csv(PROJECTS, file).report(r))));
        Map<String, Object> x = projects(p).get(0);
        assertEquals("01852", ((Map<?, ?>) x.get("unit")).get("code"));
        assertEquals(r, num(x.get("reportId")));
        // unit_as_of still wins over the report's date.
        assertRejected(
                Upload.csv(PROJECTS, csv(header + ",unit_as_of", p + ",DA2,01852,Nuôi gà,PLANNED,2025-08-01"))
                        .report(r)
                        .post(),
                422,
                "UPLOAD_REJECTED",
                "1 unit UNKNOWN_UNIT");
    }

    @Test
    void aDistrictOfficerUploadsOnlyItsOwnDistrictsProjects() throws Exception {
        String p = UploadFixtures.program();
        String officer = UploadFixtures.token(UploadFixtures.user("upl-lp-off"), "DISTRICT_OFFICER", "109");
        String file = csv(
                HEADER,
                row(p, "109", "Phong Thổ", "PLANNED", "1", "1"),
                // Tam Đường district, beside Phong Thổ in Lai Châu.
                row(p, "106", "Tam Đường", "PLANNED", "1", "1"));
        assertRejected(Upload.csv(PROJECTS, file).as(officer).post(), 403, "OUT_OF_SCOPE", "2 unit OUT_OF_SCOPE");
        assertEquals(List.of(), projects(p));
        assertEquals(
                List.of(1L, 0L, 0L, 0L),
                counts(ok(Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Phong Thổ", "PLANNED", "1", "1")))
                        .as(officer))));

        // A report of the officer's district that also states a project elsewhere cannot be replaced by them: the
        // replace would have to delete a project they may not touch.
        long r = report("109", LocalDate.of(2024, 8, 1));
        ok(Upload.csv(PROJECTS, file).mode("replace").report(r));
        assertRejected(
                Upload.csv(PROJECTS, csv(HEADER, row(p, "109", "Phong Thổ", "PLANNED", "2", "2")))
                        .as(officer)
                        .mode("replace")
                        .report(r)
                        .post(),
                403,
                "OUT_OF_SCOPE",
                "null report OUT_OF_SCOPE");
        assertEquals(
                2, all("/api/v1/local-projects?program=" + p + "&report=" + r).size(), "nothing deleted");
    }
}
