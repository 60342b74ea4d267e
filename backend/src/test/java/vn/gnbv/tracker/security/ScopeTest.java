package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.security.SecurityFixtures.ADMIN;
import static vn.gnbv.tracker.security.SecurityFixtures.BAC_KAN_VIEWER;
import static vn.gnbv.tracker.security.SecurityFixtures.LAI_CHAU_MANAGER;
import static vn.gnbv.tracker.security.SecurityFixtures.PHONG_THO_OFFICER;
import static vn.gnbv.tracker.security.SecurityFixtures.PROGRAM;
import static vn.gnbv.tracker.security.SecurityFixtures.THIRD_PARTY_READER;
import static vn.gnbv.tracker.security.SecurityFixtures.admin;
import static vn.gnbv.tracker.security.SecurityFixtures.create;
import static vn.gnbv.tracker.security.SecurityFixtures.etag;
import static vn.gnbv.tracker.security.SecurityFixtures.fundingLine;
import static vn.gnbv.tracker.security.SecurityFixtures.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.security.SecurityFixtures.Principal;

/** What the demo principals see and change, figure by figure, across the 2025 reform. */
@QuarkusTest
class ScopeTest {
    private static final String LINES = "/api/v1/funding-lines";
    private static final String SUMMARY = "/api/v1/funding-summary";
    private static final String REFORM = "2025-07-01";

    @Test
    void districtOfficerListsOnlyTheDistrictsFundingLines() {
        long inside = create(LINES, fundingLine("03391"));
        long outside = create(LINES, fundingLine("01834"));
        Set<String> phongTho = new HashSet<>(admin().queryParam("ancestorId", unitId("109"))
                .queryParam("includeHistory", true)
                .queryParam("limit", 1000)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class));
        phongTho.add("109");
        assertEquals(18, phongTho.size(), "Phong Thổ and its 17 communes");

        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            var req = PHONG_THO_OFFICER.api().queryParam("program", PROGRAM).queryParam("limit", 1000);
            JsonPath page = (cursor == null ? req : req.queryParam("cursor", cursor))
                    .get(LINES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            for (String code : page.getList("items.unit.code", String.class)) {
                assertTrue(phongTho.contains(code), "a line of unit " + code + " is outside Phong Thổ");
            }
            cursor = page.getString("next");
        } while (cursor != null);
        assertTrue(ids.contains(inside));
        assertFalse(ids.contains(outside));
    }

    @Test
    void districtOfficerCannotTellAnOutOfScopeLineFromAMissingOne() {
        long outside = create(LINES, fundingLine("01834"));
        outOfScope(PHONG_THO_OFFICER.api().get(LINES + "/" + outside).then());
        outOfScope(PHONG_THO_OFFICER.api().get(LINES + "/999999999").then());
        admin().get(LINES + "/999999999").then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void districtOfficerCannotCreateALineInAnotherDistrict() {
        Map<String, Object> body = fundingLine("058");
        outOfScope(PHONG_THO_OFFICER
                        .api()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(LINES)
                        .then())
                .body("errors[0].field", is("unit"));
        admin().queryParam("unitId", unitId("058"))
                .queryParam("limit", 1000)
                .get(LINES)
                .then()
                .statusCode(200)
                .body("items.implementingBody", not(hasItem(body.get("implementingBody"))));
    }

    @Test
    void districtOfficerCannotMoveItsLineOutOfTheDistrict() {
        long id = create(LINES, fundingLine("03391"));
        outOfScope(PHONG_THO_OFFICER
                .api()
                .contentType(ContentType.JSON)
                .body(fundingLine("058"))
                .header("If-Match", etag(LINES + "/" + id))
                .put(LINES + "/" + id)
                .then());
        admin().get(LINES + "/" + id).then().statusCode(200).body("unit.code", is("03391"));
    }

    @Test
    void districtOfficerCannotReadTheProvinceOrAnotherDistrictsSummary() {
        for (String unit : List.of("12", "058")) {
            outOfScope(PHONG_THO_OFFICER
                            .api()
                            .queryParam("program", PROGRAM)
                            .queryParam("unit", unit)
                            .queryParam("asOf", "2024-06-01")
                            .get(SUMMARY)
                            .then())
                    .body("errors[0].field", is("unit"));
        }
        PHONG_THO_OFFICER
                .api()
                .queryParam("program", PROGRAM)
                .queryParam("unit", "109")
                .queryParam("asOf", "2024-06-01")
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .body("unit.code", is("109"));
    }

    @Test
    void provinceManagerSeesPhongThoBeforeAndAfterTheReform() {
        create(LINES, fundingLine("03391"));
        String indicator = SecurityFixtures.indicator();
        Map<String, Object> value = SecurityFixtures.indicatorValue(indicator, "03391");
        value.put("period", "2024");
        create("/api/v1/indicator-values", value);
        for (String asOf : List.of("2024-01-01", REFORM)) {
            Map<String, Object> mine = children(LAI_CHAU_MANAGER, "12", asOf);
            assertEquals(children(ADMIN, "12", asOf), mine, "Lai Châu as of " + asOf);
            assertTrue(((Number) ((Map<?, ?>) mine.get("total")).get("assignedVnd")).longValue() >= 1_000_000L);
            LAI_CHAU_MANAGER
                    .api()
                    .queryParam("indicator", indicator)
                    .queryParam("unit", "12")
                    .queryParam("period", "2024")
                    .queryParam("asOf", asOf)
                    .get("/api/v1/indicator-rollups")
                    .then()
                    .statusCode(200)
                    .body("value", is("7"));
        }
        assertTrue(
                ((Number) ((Map<?, ?>) children(LAI_CHAU_MANAGER, "12", REFORM).get("reform")).get("mappedUnits"))
                                .intValue()
                        > 0,
                "old units mapped into new Lai Châu");
    }

    /**
     * For each demo principal, the post-reform successor of one of its communes: in scope exactly when all of that
     * successor's predecessors lie in the principal's unit (the scope resolver's rule), and then its summary and
     * roll-up equal the national view — nothing mapped in from the reform is trimmed or leaks in.
     */
    @Test
    void reformSuccessorsAreInScopeExactlyWhenWhollyFormedFromTheScope() {
        String indicator = SecurityFixtures.indicator();
        for (Principal p : SecurityFixtures.ALL) {
            if (p.unit() == null) {
                continue;
            }
            String commune = p.sideA() ? "03391" : "01990";
            long successor = admin().get("/api/v1/units/" + unitId(commune) + "/successions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("successors[0].unit.id");
            List<Long> preds = admin().get("/api/v1/units/" + successor + "/successions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("predecessors.unit.id", Long.class);
            boolean whollyInside = preds.stream().allMatch(id -> within(id, p.unit()));
            String code = admin().get("/api/v1/units/" + successor)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("code");
            Map<String, Object> params = Map.of("indicator", indicator, "unit", code, "period", "2024", "asOf", REFORM);
            ValidatableResponse rollup =
                    p.api().queryParams(params).get("/api/v1/indicator-rollups").then();
            ValidatableResponse summary = p.api()
                    .queryParam("program", PROGRAM)
                    .queryParam("unit", code)
                    .queryParam("asOf", REFORM)
                    .get(SUMMARY)
                    .then();
            if (whollyInside) {
                assertEquals(
                        admin().queryParams(params)
                                .get("/api/v1/indicator-rollups")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getMap(""),
                        rollup.statusCode(200).extract().jsonPath().getMap(""),
                        p.user());
                assertEquals(
                        admin().queryParam("program", PROGRAM)
                                .queryParam("unit", code)
                                .queryParam("asOf", REFORM)
                                .get(SUMMARY)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getMap(""),
                        summary.statusCode(200).extract().jsonPath().getMap(""),
                        p.user());
            } else {
                outOfScope(rollup);
                outOfScope(summary);
            }
        }
    }

    @Test
    void bacKanViewerReadsOldBacKanButNotTheNewThaiNguyenAndNeverWrites() {
        Principal viewer = BAC_KAN_VIEWER;
        forbidden(viewer.api()
                .contentType(ContentType.JSON)
                .body(fundingLine("01990"))
                .post(LINES)
                .then());

        long thaiNguyen = admin().queryParam("code", "19")
                .queryParam("asOf", REFORM)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        // Its figures are refused: new 19 also holds the old Thái Nguyên.
        outOfScope(viewer.api()
                .queryParam("program", PROGRAM)
                .queryParam("unit", "19")
                .queryParam("asOf", REFORM)
                .get(SUMMARY)
                .then());
        outOfScope(viewer.api()
                .queryParam("indicator", "HH_POOR")
                .queryParam("unit", "19")
                .queryParam("period", "2025")
                .queryParam("asOf", REFORM)
                .get("/api/v1/indicator-rollups")
                .then());
        // The unit itself is a breadcrumb: the new communes formed wholly from Bắc Kạn communes are in scope, and 19
        // is their province. Of its communes the viewer lists only those.
        viewer.api().get("/api/v1/units/" + thaiNguyen).then().statusCode(200).body("code", is("19"));
        List<String> all = communes(ADMIN, thaiNguyen);
        List<String> seen = communes(viewer, thaiNguyen);
        assertTrue(!seen.isEmpty() && seen.size() < all.size() && all.containsAll(seen), seen + " of " + all);
        viewer.api()
                .queryParam("level", "PROVINCE")
                .queryParam("asOf", REFORM)
                .queryParam("limit", 100)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem("08")));

        viewer.api().get("/api/v1/units/" + unitId("06")).then().statusCode(200).body("code", is("06"));
        viewer.api()
                .queryParam("code", "058")
                .queryParam("asOf", "2024-06-01")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("058"));
        viewer.api()
                .queryParam("program", PROGRAM)
                .queryParam("unit", "058")
                .queryParam("asOf", "2024-06-01")
                .get(SUMMARY)
                .then()
                .statusCode(200)
                .body("unit.code", is("058"));
        // Lai Châu is neither in scope nor above it.
        outOfScope(viewer.api().get("/api/v1/units/" + unitId("12")).then());
    }

    @Test
    void apiReaderNeverWritesEvenInItsProvince() {
        long id = create(LINES, fundingLine("03391"));
        Principal reader = THIRD_PARTY_READER;
        forbidden(reader.api()
                .contentType(ContentType.JSON)
                .body(fundingLine("03391"))
                .post(LINES)
                .then());
        forbidden(reader.api()
                .contentType(ContentType.JSON)
                .body(fundingLine("03391"))
                .header("If-Match", etag(LINES + "/" + id))
                .put(LINES + "/" + id)
                .then());
        forbidden(reader.api()
                .header("If-Match", etag(LINES + "/" + id))
                .delete(LINES + "/" + id)
                .then());
        forbidden(reader.api()
                .contentType(ContentType.JSON)
                .body(SecurityFixtures.localProject("03391"))
                .post("/api/v1/local-projects")
                .then());
        reader.api().get(LINES + "/" + id).then().statusCode(200);
    }

    private static Map<String, Object> children(Principal p, String unit, String asOf) {
        return p.api()
                .queryParam("program", PROGRAM)
                .queryParam("unit", unit)
                .queryParam("asOf", asOf)
                .queryParam("year", 2024)
                .get(SUMMARY + "/children")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static List<String> communes(Principal p, long province) {
        return p.api()
                .queryParam("parentId", province)
                .queryParam("limit", 1000)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class);
    }

    /** Whether the unit with this id is the unit {@code code} or lies below it. */
    private static boolean within(long id, String code) {
        JsonPath u = admin().get("/api/v1/units/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return u.getString("code").equals(code)
                || u.getList("ancestors.code", String.class).contains(code);
    }

    private static ValidatableResponse outOfScope(ValidatableResponse r) {
        return refused(r, "OUT_OF_SCOPE");
    }

    private static void forbidden(ValidatableResponse r) {
        refused(r, "FORBIDDEN");
    }

    private static ValidatableResponse refused(ValidatableResponse r, String code) {
        return r.statusCode(403).contentType("application/problem+json").body("code", is(code));
    }
}
