package vn.gnbv.tracker.geo;

import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gnbv.tracker.Api;

/**
 * Test data for the geo API. Reference units are found by code at a date. Units a test creates live in a 20-day
 * slot of the 20th century that no other test (and no reference unit) uses, so their codes never overlap.
 */
final class GeoFixtures {
    static final String BEFORE_REFORM = "2025-03-01";
    static final String AFTER_REFORM = "2025-07-01";
    private static final AtomicInteger SLOT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1800));

    private GeoFixtures() {}

    /** A fresh validity slot: {@code [from, from + 19 days]}, free of any other test's units. */
    static LocalDate slot() {
        return LocalDate.of(1901, 1, 1).plusDays(20L * (SLOT.getAndIncrement() % 1800));
    }

    /**
     * A random code never handed out before in this JVM: two units of one test share a slot, and two provinces with
     * the same two-digit code there would overlap (1 run in 100 failed so).
     */
    static String code(int digits) {
        for (int attempt = 0; ; attempt++) {
            if (attempt == 10_000) {
                throw new IllegalStateException("every " + digits + "-digit code is in use");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                sb.append(ThreadLocalRandom.current().nextInt(10));
            }
            if (ISSUED.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The id of the unit with this code at this date (exactly one must exist). */
    static long idOf(String code, String asOf) {
        return Api.given()
                .queryParam("code", code)
                .queryParam("asOf", asOf)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    static Map<String, Object> unit(
            String level, String code, String name, String type, Long parentId, LocalDate from, LocalDate to) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", code);
        b.put("name", name);
        b.put("unitType", type);
        b.put("level", level);
        b.put("parentId", parentId);
        b.put("validFrom", from.toString());
        b.put("validTo", to == null ? null : to.toString());
        return b;
    }

    static Response create(Map<String, Object> body) {
        return Api.json(body).post("/api/v1/units");
    }

    static long createOk(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * A request for a DELETE: its only body is an error, so it must accept problem+json (the contract lists no
     * application/json response for it and the validator checks Accept against the listed ones).
     */
    static RequestSpecification deleting() {
        return Api.given().accept("application/json, application/problem+json");
    }

    static String etagOf(long id) {
        return Api.given()
                .get("/api/v1/units/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
