package vn.gnbv.tracker.reading;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/** Reading a report's file into proposals, listing them (JSON, CSV), deciding, scope and unreadable files. */
@QuarkusTest
class ReadingApiTest {
    @Test
    @SuppressWarnings("unchecked")
    void aSeedReportIsReadIntoProposalsListedAsJsonAndAsCsvTheUploadTakesBack() {
        long report = ReadingFixtures.report();
        ReadingFixtures.attach(report, "text/plain; charset=utf-8", ReadingFixtures.seed());
        JsonPath r = ReadingFixtures.read(report);
        assertEquals("SUCCEEDED", r.getString("status"));
        long proposed = r.getLong("proposed");
        assertTrue(proposed > 20, "seed 002 states dozens of figures; proposed " + proposed);
        assertEquals(proposed, r.getLong("proposals.total"));
        assertEquals(proposed, r.getLong("proposals.pending"));
        assertEquals(List.of("funding-lines", "indicator-values", "local-projects"), r.getList("datasets.dataset"));
        long funding = r.getLong("datasets.find { it.dataset == 'funding-lines' }.total");
        assertTrue(funding > 0);
        Api.given()
                .get("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(200)
                .body("id", is(r.getInt("id")));

        // Paged in document order, without gaps or repeats.
        List<Integer> seen = new ArrayList<>();
        int lastStart = -1;
        String cursor = null;
        do {
            var req = Api.given().queryParam("limit", 7);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get("/api/v1/reports/" + report + "/proposals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Map<String, Object> p : page.<Map<String, Object>>getList("items")) {
                seen.add((Integer) p.get("id"));
                @SuppressWarnings("unchecked")
                int start = (Integer)
                        ((List<Map<String, Object>>) p.get("citations")).get(0).get("start");
                assertTrue(start >= lastStart, "document order");
                lastStart = start;
            }
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(proposed, seen.size());
        assertEquals(proposed, new HashSet<>(seen).size());

        // Filters.
        assertTrue(ReadingFixtures.proposals(report, "dataset", "funding-lines").stream()
                .allMatch(p -> p.get("dataset").equals("funding-lines")));
        assertTrue(ReadingFixtures.proposals(report, "minConfidence", "0.8").stream()
                .allMatch(p -> ((Number) p.get("confidence")).doubleValue() >= 0.8));
        assertTrue(ReadingFixtures.proposals(report, "maxConfidence", "0.8").stream()
                .allMatch(p -> ((Number) p.get("confidence")).doubleValue() < 0.8));

        // Offsets are into the file's text as the page shows it (seed 002 starts with two empty lines): the figure at
        // each first citation is in its quote.
        String shown = Normalizer.normalize(
                new String(ReadingFixtures.seed(), StandardCharsets.UTF_8).replace("\r\n", "\n"), Normalizer.Form.NFC);
        assertTrue(shown.startsWith("\n\n"), "seed 002 starts with empty lines");
        for (Map<String, Object> p : ReadingFixtures.proposals(report)) {
            Map<String, Object> c = ((List<Map<String, Object>>) p.get("citations")).get(0);
            String figure = shown.substring((Integer) c.get("start"), (Integer) c.get("end"));
            assertTrue(figure.matches("[\\d.,]+") && p.get("quote").toString().contains(figure), p + " @ " + figure);
        }

        // Reasons for doubt by code (the contract's enum, which Api's validator checks), with an English message.
        List<Map<String, Object>> reasons = ReadingFixtures.proposals(report).stream()
                .flatMap(p -> ((List<Map<String, Object>>) p.get("reasons")).stream())
                .toList();
        assertFalse(reasons.isEmpty(), "seed 002 leaves sources and capital types unstated in places");
        assertTrue(reasons.stream()
                .allMatch(x -> x.get("code").toString().matches("[A-Z_]+")
                        && !x.get("message").toString().isBlank()));

        // CSV: the upload's columns, then the review columns; one line per proposal.
        String csv = Api.given()
                .accept("text/csv")
                .queryParam("dataset", "funding-lines")
                .get("/api/v1/reports/" + report + "/proposals")
                .then()
                .statusCode(200)
                .header("ETag", startsWith("W/"))
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("program,component,unit,year,source,capital_type,measure,amount_vnd,"));
        assertTrue(lines[0].endsWith(",report,locator,proposal_id,proposal_status,confidence,quote,reasons"));
        // A quoted cell may hold no line break (blocks are single lines), so lines are rows.
        assertEquals(funding + 1, lines.length);
        // The reasons column (last) carries the codes only, stable for scripts.
        List<String> codes = List.of(lines).subList(1, lines.length).stream()
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .toList();
        assertTrue(codes.stream().allMatch(c -> c.matches("([A-Z_]+(; [A-Z_]+)*)?")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> !c.isEmpty()));
        // ... which the upload reads back as it is (the review columns skipped), here as a dry run.
        Response back = Api.given()
                .contentType("text/csv; charset=utf-8")
                .queryParam("report", report)
                .queryParam("mode", "replace")
                .queryParam("dryRun", true)
                .body(csv)
                .post("/api/v1/uploads/funding-lines");
        assertTrue(back.statusCode() == 200 || back.statusCode() == 422, back.asString());
        String rowsRead = back.statusCode() == 200 ? "rowsRead" : "report.rowsRead";
        assertEquals(funding, back.jsonPath().getLong(rowsRead), back.asString());
        Api.given()
                .accept("text/csv, application/problem+json")
                .get("/api/v1/reports/" + report + "/proposals")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("dataset"));

        // Read again: the pending proposals are replaced, none was decided.
        JsonPath again = ReadingFixtures.read(report);
        assertEquals(proposed, again.getLong("replaced"));
        assertEquals(0, again.getLong("kept"));
        assertEquals(proposed, again.getLong("proposals.total"));
    }

    @Test
    void oneDecisionNeedsTheCurrentVersionAndBulkDecisionsLeaveDecidedOnes() {
        long report = ReadingFixtures.readSeed();
        List<Map<String, Object>> all = ReadingFixtures.proposals(report);
        int first = (Integer) all.get(0).get("id");
        String path = "/api/v1/proposals/" + first;
        String e0 = Api.given().get(path).then().statusCode(200).extract().header("ETag");
        String e1 = Api.json(Map.of("status", "REJECTED"))
                .header("If-Match", e0)
                .put(path)
                .then()
                .statusCode(200)
                .body("status", is("REJECTED"))
                .body("decidedBy", is("admin"))
                .extract()
                .header("ETag");
        assertNotEquals(e0, e1);
        Api.json(Map.of("status", "ACCEPTED"))
                .header("If-Match", e0)
                .put(path)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
        // (not validated: the contract requires If-Match, so this request is malformed on purpose)
        Api.raw()
                .contentType("application/json")
                .body(Map.of("status", "ACCEPTED"))
                .put(path)
                .then()
                .statusCode(428);
        // An edit is checked like an upload row: an unknown unit is refused, naming the field.
        @SuppressWarnings("unchecked")
        Map<String, Object> fields =
                new java.util.HashMap<>((Map<String, Object>) all.get(0).get("fields"));
        fields.put("unit", "99999");
        Api.json(Map.of("status", "ACCEPTED", "fields", fields))
                .header("If-Match", e1)
                .put(path)
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'fields.unit' }.code", is("UNKNOWN_UNIT"));
        Api.json(Map.of("status", "REJECTED", "fields", fields))
                .header("If-Match", e1)
                .put(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("fields"));
        Api.given()
                .get(path)
                .then()
                .statusCode(200)
                .body("status", is("REJECTED"))
                .header("ETag", is(e1));

        // Accept everything by confidence: only the pending ones change.
        JsonPath bulk = ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "minConfidence", 0));
        assertEquals(all.size() - 1, bulk.getLong("changed"));
        assertEquals(1, bulk.getLong("skipped"));
        assertFalse(bulk.<Integer>getList("ids").contains(first));
        Api.given().get(path).then().statusCode(200).body("status", is("REJECTED"));
        // By id: decided, so skipped, unless overruled.
        assertEquals(
                1,
                ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "ids", List.of(first)))
                        .getLong("skipped"));
        assertEquals(
                List.of(first),
                ReadingFixtures.bulk(report, Map.of("status", "ACCEPTED", "ids", List.of(first), "overrule", true))
                        .getList("ids"));
        Api.json(Map.of("status", "ACCEPTED", "ids", List.of(first), "minConfidence", 0.5))
                .post("/api/v1/reports/" + report + "/proposals/decisions")
                .then()
                .statusCode(422);
        Api.json(Map.of("status", "REJECTED", "ids", List.of(Long.MAX_VALUE)))
                .post("/api/v1/reports/" + report + "/proposals/decisions")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("ids"));
        // Each decision is audited; a bulk one is one event.
        Api.given()
                .queryParam("resourceType", "REPORT_PROPOSAL")
                .queryParam("resourceId", first)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.size()", is(1));

        // Read again: every proposal is decided, so every figure proposed again keeps its decision and id.
        JsonPath again = ReadingFixtures.read(report);
        assertEquals(0, again.getLong("replaced"));
        assertEquals(all.size(), again.getLong("kept"));
        assertEquals(all.size(), again.getLong("proposals.accepted"));
        Api.given().get(path).then().statusCode(200).body("status", is("ACCEPTED"));
    }

    @Test
    void anotherDistrictsOfficerSeesNothingOfTheReport() {
        long report = ReadingFixtures.readSeed();
        int proposal = (Integer) ReadingFixtures.proposals(report).get(0).get("id");
        String officer = TestTokens.of("phongtho.officer", Roles.DISTRICT_OFFICER, "109");
        List<Response> refused = List.of(
                Api.as(officer).post("/api/v1/reports/" + report + "/reading"),
                Api.as(officer).get("/api/v1/reports/" + report + "/reading"),
                Api.as(officer).get("/api/v1/reports/" + report + "/proposals"),
                Api.as(officer).get("/api/v1/proposals/" + proposal),
                Api.as(officer)
                        .contentType("application/json")
                        .body(Map.of("status", "ACCEPTED"))
                        .header("If-Match", "\"0\"")
                        .put("/api/v1/proposals/" + proposal),
                Api.as(officer)
                        .contentType("application/json")
                        .body(Map.of("status", "ACCEPTED", "minConfidence", 0))
                        .post("/api/v1/reports/" + report + "/proposals/decisions"),
                Api.as(officer).queryParam("dryRun", true).post("/api/v1/reports/" + report + "/proposals/commit"));
        for (Response r : refused) {
            assertEquals(403, r.statusCode(), r.asString());
            assertEquals("OUT_OF_SCOPE", r.jsonPath().getString("code"));
        }
        // Its own province's manager reads them; a viewer may not run the reader.
        String manager = TestTokens.of("baclieu.manager", Roles.PROVINCE_MANAGER, "95");
        Api.as(manager).get("/api/v1/reports/" + report + "/proposals").then().statusCode(200);
        Api.as(TestTokens.of("baclieu.viewer", Roles.VIEWER, "95"))
                .post("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(403)
                .body("code", is("FORBIDDEN"));
    }

    @Test
    void aReportOnSeveralProgramsOrWithoutPeriodIsReadToo() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("unit", ReadingFixtures.UNIT);
        m.put("number", "READ-" + java.util.UUID.randomUUID() + "/BC-UBND");
        m.put("issuedOn", "2024-08-01");
        m.put("title", "Báo cáo không ghi chương trình");
        m.put("kind", "AD_HOC");
        long report = Api.json(m)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        ReadingFixtures.attach(report, "text/plain; charset=utf-8", ReadingFixtures.seed());
        // Read in the phase of its issue year (2024: GNBV-2021-2025).
        assertEquals("SUCCEEDED", ReadingFixtures.read(report).getString("status"));
        assertTrue(ReadingFixtures.proposals(report, "dataset", "funding-lines").stream()
                .anyMatch(p -> "GNBV-2021-2025".equals(((Map<?, ?>) p.get("fields")).get("program"))));
        ReadingFixtures.commit(report, true).then().statusCode(200);
        // Outside every phase: refused before anything is read. (1950: other tests create programs of their own, one
        // of them 2001–2030, so a recent year may be covered on the shared test database.)
        m.put("number", "READ-" + java.util.UUID.randomUUID() + "/BC-UBND");
        m.put("issuedOn", "1950-03-01");
        m.put("unitAsOf", "2014-03-01");
        long old = Api.json(m)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        ReadingFixtures.attach(old, "text/plain; charset=utf-8", ReadingFixtures.seed());
        Api.given()
                .post("/api/v1/reports/" + old + "/reading")
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("program"));
    }

    @Test
    void aFileThatCannotBeReadIs422AndTheFailedReadingIsKept() {
        long report = ReadingFixtures.report();
        Api.given().post("/api/v1/reports/" + report + "/reading").then().statusCode(404);
        ReadingFixtures.attach(
                report,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p'});
        Api.given()
                .post("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(422)
                .body("code", is("UNREADABLE_DOCUMENT"))
                .body("detail", notNullValue());
        Api.given()
                .get("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(200)
                .body("status", is("FAILED"))
                .body("failure", startsWith("The Word file cannot be read"))
                .body("proposals.total", is(0));
        Api.given()
                .queryParam("resourceType", "REPORT_READING")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].after.status", is("FAILED"));
    }
}
