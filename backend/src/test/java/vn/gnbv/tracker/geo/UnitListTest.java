package vn.gnbv.tracker.geo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.geo.GeoFixtures.AFTER_REFORM;
import static vn.gnbv.tracker.geo.GeoFixtures.BEFORE_REFORM;
import static vn.gnbv.tracker.geo.GeoFixtures.idOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class UnitListTest {
    private static final String UNITS = "/api/v1/units";

    @Test
    void countsSixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() {
        Api.given()
                .queryParam("level", "PROVINCE")
                .queryParam("asOf", BEFORE_REFORM)
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(63))
                .body("next", is((Object) null));
        Api.given()
                .queryParam("level", "PROVINCE")
                .queryParam("asOf", AFTER_REFORM)
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(34));
    }

    @Test
    void listsPostReformUnitsByDefault() {
        Api.given()
                .queryParam("level", "PROVINCE")
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(34))
                .body("items.validFrom", everyItem(is(AFTER_REFORM)));
    }

    @Test
    void resolvesCode24ToBacGiangBeforeAndBacNinhAfterTheReform() {
        Api.given()
                .queryParam("code", "24")
                .queryParam("asOf", "2024-01-01")
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.name", containsInAnyOrder("Tỉnh Bắc Giang"));
        Api.given()
                .queryParam("code", "24")
                .queryParam("asOf", AFTER_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.name", containsInAnyOrder("Tỉnh Bắc Ninh"));
        // Other tests create short-lived 20th-century versions of random codes; look at the reference era only.
        Api.given()
                .queryParam("code", "24")
                .queryParam("includeHistory", true)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.validFrom >= '2000-01-01' }.name",
                        is(List.of("Tỉnh Bắc Giang", "Tỉnh Bắc Ninh")));
    }

    @Test
    void listsChildrenOfAParentCodeResolvedAtTheDate() {
        Api.given()
                .queryParam("parent", "24")
                .queryParam("asOf", "2024-01-01")
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.level", everyItem(is("DISTRICT")))
                .body("items.code", hasItem("220"))
                .body("items.parent.name", everyItem(is("Tỉnh Bắc Giang")));
        Api.given()
                .queryParam("parent", "24")
                .queryParam("asOf", AFTER_REFORM)
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.level", everyItem(is("COMMUNE")))
                .body("items.parent.name", everyItem(is("Tỉnh Bắc Ninh")));
    }

    @Test
    void listsTheCommunesOfPhongThoByParentId() {
        long phongTho = idOf("109", BEFORE_REFORM);
        Api.given()
                .queryParam("parentId", phongTho)
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(17))
                .body("items.code", hasItems("03391", "03549", "03571", "03589"))
                .body("items.parent.id", everyItem(is((int) phongTho)));
    }

    @Test
    void listsAWholeSubtreeByAncestor() {
        long laiChau = idOf("12", BEFORE_REFORM);
        Api.given()
                .queryParam("ancestorId", laiChau)
                .queryParam("asOf", BEFORE_REFORM)
                .queryParam("limit", 1000)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(8 + 106))
                .body("items.code", hasItems("109", "03391"))
                .body("items.code", not(hasItem("12")));
        Api.given()
                .queryParam("ancestorId", laiChau)
                .queryParam("level", "DISTRICT")
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(8));
    }

    @Test
    void searchesNamesIgnoringCaseDiacriticsAndNormalisation() {
        String nfd = Normalizer.normalize("Phong Thổ", Normalizer.Form.NFD);
        assertTrue(nfd.length() > "Phong Thổ".length(), "the query really is decomposed");
        for (String q : List.of("Phong Tho", "phong thổ", nfd, "PHONG THO")) {
            Api.given()
                    .queryParam("q", q)
                    .queryParam("level", "DISTRICT")
                    .queryParam("asOf", BEFORE_REFORM)
                    .get(UNITS)
                    .then()
                    .statusCode(200)
                    .body("items.name", is(List.of("Huyện Phong Thổ")));
        }
        Api.given()
                .queryParam("q", "Dao San")
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.name", is(List.of("Xã Dào San")));
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        Api.given()
                .queryParam("q", "%")
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void filtersPoorDistrictsNamedInTheSeeds() {
        Api.given()
                .queryParam("poorDistrict", true)
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("109", "220"))
                .body("items.poorDistrict", everyItem(is(true)));
        Api.given()
                .queryParam("poorDistrict", false)
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("058"))
                .body("items.code", not(hasItem("109")));
    }

    @Test
    void walksAllDistrictsPageByPageWithoutDuplicatesOrGaps() {
        Set<Long> seen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = Api.given()
                    .queryParam("level", "DISTRICT")
                    .queryParam("asOf", BEFORE_REFORM)
                    .queryParam("limit", 100);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get(UNITS).then().statusCode(200).extract().jsonPath();
            for (Long id : page.getList("items.id", Long.class)) {
                assertTrue(seen.add(id), "duplicate id " + id);
            }
            codes.addAll(page.getList("items.code", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertEquals(696, seen.size());
        assertEquals(7, pages);
        assertEquals(codes.stream().sorted().toList(), codes, "pages come in code order");
    }

    @Test
    void rejectsMalformedParameters() {
        Api.given()
                .queryParam("cursor", "not-a-cursor")
                .get(UNITS)
                .then()
                .statusCode(400)
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is("cursor"));
        Api.given()
                .queryParam("parent", "98")
                .queryParam("asOf", BEFORE_REFORM)
                .get(UNITS)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("parent"));
        // Values the contract itself forbids: sent unvalidated, the answer must still be problem+json.
        assertBadParam("asOf", "2025-13-01");
        assertBadParam("limit", "0");
        assertBadParam("limit", "abc");
        assertBadParam("level", "TOWN");
        assertBadParam("includeHistory", "yes");
    }

    private static void assertBadParam(String name, String value) {
        Api.raw()
                .queryParam(name, value)
                .get(UNITS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is(name));
    }
}
