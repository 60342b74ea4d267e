package vn.gnbv.tracker.audit;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.audit.AuditFixtures.EVENTS;
import static vn.gnbv.tracker.audit.AuditFixtures.USER;
import static vn.gnbv.tracker.audit.AuditFixtures.json;
import static vn.gnbv.tracker.audit.AuditFixtures.num;
import static vn.gnbv.tracker.audit.AuditFixtures.requestId;
import static vn.gnbv.tracker.audit.AuditFixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** GET /api/v1/audit-events: filters, paging, and who may read which events. */
@QuarkusTest
class AuditEventListTest {
    private static final String LINES = "/api/v1/funding-lines";
    private static final String MANAGER = TestTokens.of("m", "PROVINCE_MANAGER", "12");

    /** A funding line created and then updated by {@link AuditFixtures#USER}; returns its id. */
    private static long lineWithTwoEvents(String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", AuditFixtures.program());
        body.put("component", "DA2");
        body.put("unit", unit);
        body.put("fiscalYear", 2024);
        body.put("source", "CENTRAL");
        body.put("capitalType", "RECURRENT");
        body.put("measure", "ASSIGNED");
        body.put("implementingBody", unique("List body "));
        body.put("amountVnd", 7_000_000L);
        long id = num(json(requestId(), body)
                .post(LINES)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        json(requestId(), AuditFixturesBodies.with(body, "amountVnd", 8_000_000L))
                .header("If-Match", "\"0\"")
                .put(LINES + "/" + id)
                .then()
                .statusCode(200);
        return id;
    }

    private static ValidatableResponse list(String token, Map<String, Object> query) {
        return Api.as(token).queryParams(query).get(EVENTS).then();
    }

    private static ValidatableResponse list(Map<String, Object> query) {
        return Api.given().queryParams(query).get(EVENTS).then();
    }

    private static Map<String, Object> of(long line, Object... more) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("resourceType", "FUNDING_LINE");
        q.put("resourceId", String.valueOf(line));
        for (int i = 0; i < more.length; i += 2) {
            q.put((String) more[i], more[i + 1]);
        }
        return q;
    }

    @Test
    void filtersByResourceActorOperationUnitAndTime() {
        long line = lineWithTwoEvents("109");
        List<Map<String, Object>> both = list(of(line, "actor", USER))
                .statusCode(200)
                .body("items.operation", is(List.of("UPDATE", "CREATE")))
                .extract()
                .path("items");
        list(of(line, "actor", "sub-" + USER)).statusCode(200).body("items.operation", is(List.of("UPDATE", "CREATE")));
        list(of(line, "actor", "someone-else")).statusCode(200).body("items", empty());
        list(of(line, "operation", "CREATE")).statusCode(200).body("items.operation", is(List.of("CREATE")));
        list(of(line, "unit", "109", "asOf", "2024-01-01")).statusCode(200).body("items.size()", is(2));
        list(of(line, "unit", "12", "asOf", "2024-01-01")).statusCode(200).body("items.size()", is(2));
        list(of(line, "unit", "058", "asOf", "2024-01-01")).statusCode(200).body("items", empty());
        long unitId = num(both.get(0).get("unitId"));
        list(of(line, "unitId", unitId)).statusCode(200).body("items.size()", is(2));

        String updatedAt = (String) both.get(0).get("occurredAt");
        list(of(line, "from", updatedAt)).statusCode(200).body("items.operation", is(List.of("UPDATE")));
        list(of(line, "to", updatedAt)).statusCode(200).body("items.operation", is(List.of("CREATE")));
        list(of(line, "from", "2000-01-01T00:00:00Z", "to", "2000-01-02T00:00:00+07:00"))
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagesNewestFirstWithoutGapsOrDuplicates() {
        long line = lineWithTwoEvents("109");
        var first = list(of(line, "limit", 1))
                .statusCode(200)
                .body("items.operation", is(List.of("UPDATE")))
                .extract();
        String next = first.path("next");
        list(of(line, "limit", 1, "cursor", next))
                .statusCode(200)
                .body("items.operation", is(List.of("CREATE")))
                .body("next", nullValue());
    }

    @Test
    void rejectsMalformedAndUnknownFilters() {
        // Codes outside the contract's enums: sent unvalidated, on purpose.
        for (String param : List.of("operation", "resourceType")) {
            Api.raw()
                    .queryParam(param, "RENAME")
                    .get(EVENTS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", is(param));
        }
        Api.raw()
                .queryParam("from", "yesterday")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("from"));
        Api.raw()
                .queryParam("limit", 0)
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("limit"));
        list(Map.of("from", "2025-01-02T00:00:00Z", "to", "2025-01-01T00:00:00Z"))
                .statusCode(400);
        list(Map.of("cursor", "not-a-cursor")).statusCode(400);
        list(Map.of("unit", "109", "unitId", 1)).statusCode(400);
        list(Map.of("unit", "99999")).statusCode(422).body("errors[0].field", is("unit"));
        list(Map.of("unitId", Long.MAX_VALUE)).statusCode(422).body("errors[0].field", is("unitId"));
    }

    @Test
    void provinceManagerSeesOnlyEventsInTheirSubtree() {
        long phongTho = lineWithTwoEvents("109");
        long bacKan = lineWithTwoEvents("058");
        String programCode = "M" + unique("") + "-2021-2025";
        long program = num(json(
                        requestId(),
                        Map.of(
                                "code",
                                programCode,
                                "nameVi",
                                "Chương trình " + programCode,
                                "startYear",
                                2021,
                                "endYear",
                                2025))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));

        list(MANAGER, of(phongTho)).statusCode(200).body("items.size()", is(2));
        list(MANAGER, of(bacKan)).statusCode(200).body("items", empty());
        List<String> mine = list(MANAGER, Map.of("actor", USER, "resourceType", "FUNDING_LINE", "limit", 1000))
                .statusCode(200)
                .extract()
                .path("items.resourceId");
        org.hamcrest.MatcherAssert.assertThat(mine, hasItems(String.valueOf(phongTho)));
        org.hamcrest.MatcherAssert.assertThat(mine, not(hasItem(String.valueOf(bacKan))));
        // National reference data has no unit: not a manager's to read.
        list(MANAGER, Map.of("resourceType", "PROGRAM", "resourceId", String.valueOf(program)))
                .statusCode(200)
                .body("items", empty());
        list(Map.of("resourceType", "PROGRAM", "resourceId", String.valueOf(program)))
                .statusCode(200)
                .body("items.size()", is(1));

        list(MANAGER, of(phongTho, "unit", "109", "asOf", "2024-01-01"))
                .statusCode(200)
                .body("items.size()", is(2));
        list(MANAGER, of(bacKan, "unit", "058", "asOf", "2024-01-01"))
                .statusCode(403)
                .body("code", is("OUT_OF_SCOPE"));
        assertEquals(
                403,
                list(MANAGER, Map.of("unit", "06", "asOf", "2024-01-01"))
                        .extract()
                        .statusCode());
    }

    @Test
    void onlyAdminsAndProvinceManagersMayRead() {
        for (String role : List.of("VIEWER", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "API_READER", "UPLOADER")) {
            list(TestTokens.of("r", role, "109"), Map.of()).statusCode(403).body("code", is("FORBIDDEN"));
        }
        Api.anonymous().get(EVENTS).then().statusCode(401);
    }
}
