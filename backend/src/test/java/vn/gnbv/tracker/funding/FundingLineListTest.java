package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.FundingFixtures.create;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** Listing: filters (component subtree, unit subtree, years, codes) and keyset paging. Units: Mường Tè (107). */
@QuarkusTest
class FundingLineListTest {
    private static final String PATH = "/api/v1/funding-lines";

    @Test
    void componentFilterIncludesDescendants() {
        int tda1 = (int) create(line("DA4.TDA1", "03433", 2023, "ASSIGNED", 1L));
        int tda3 = (int) create(line("DA4.TDA3", "03433", 2023, "ASSIGNED", 1L));
        int da5 = (int) create(line("DA5", "03433", 2023, "ASSIGNED", 1L));
        Api.given()
                .queryParam("program", "GNBV-2021-2025")
                .queryParam("component", "DA4")
                .queryParam("unit", "03433")
                .queryParam("year", 2023)
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItems(tda1, tda3))
                .body("items.id", not(hasItem(da5)))
                .body("items.component", everyItem(org.hamcrest.Matchers.startsWith("DA4")));
    }

    @Test
    void communeLineAppearsUnderItsDistrictAndProvince() {
        int id = (int) create(line("DA3.TDA2", "03433", 2024, "DISBURSED", 339_000_000L));
        for (String unit : List.of("03433", "107", "12")) {
            Api.given()
                    .queryParam("unit", unit)
                    .queryParam("year", 2024)
                    .queryParam("measure", "DISBURSED")
                    .queryParam("component", "DA3.TDA2")
                    .queryParam("limit", 1000)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        }
        // A sibling district's subtree does not contain it.
        Api.given()
                .queryParam("unit", "106")
                .queryParam("year", 2024)
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        long commune = Api.given()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("unit.id");
        Api.given()
                .queryParam("unitId", commune)
                .queryParam("year", 2024)
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void filtersBySourceCapitalTypeMeasureAndYearRange() {
        var base = line("DA6.TDA1", "03436", 2022, "ASSIGNED", 1L);
        int local = (int) create(with(with(base, "source", "LOCAL_PROVINCE"), "capitalType", "INVESTMENT"));
        int central = (int) create(with(base, "fiscalYear", 2024));
        // Without a year the unit code is resolved today, after the reform abolished it: give the date.
        Api.given()
                .queryParam("unit", "03436")
                .queryParam("asOf", "2024-01-01")
                .queryParam("source", "LOCAL_PROVINCE")
                .queryParam("capitalType", "INVESTMENT")
                .queryParam("measure", "ASSIGNED")
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(local))
                .body("items.id", not(hasItem(central)))
                .body("items.source", everyItem(is("LOCAL_PROVINCE")));
        Api.given()
                .queryParam("unit", "03436")
                .queryParam("yearFrom", 2023)
                .queryParam("yearTo", 2025)
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(central))
                .body("items.id", not(hasItem(local)));
    }

    @Test
    void pagingWhileInsertingSeesEveryExistingLineExactlyOnce() {
        // A filter only this test writes to: the 2016–2020 phase in commune 03439, fiscal year 2019.
        Map<String, Object> base = with(line("DA3", "03439", 2019, "DISBURSED", 1L), "program", "GNBV-2016-2020");
        for (int i = 0; i < 12; i++) {
            create(with(base, "implementingBody", FundingFixtures.uniqueBody()));
        }
        Set<Long> before = new HashSet<>(ids(Api.given()
                .queryParam("program", "GNBV-2016-2020")
                .queryParam("unit", "03439")
                .queryParam("year", 2019)
                .queryParam("limit", 1000)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()));
        assertTrue(before.size() >= 12);

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.given()
                    .queryParam("program", "GNBV-2016-2020")
                    .queryParam("unit", "03439")
                    .queryParam("year", 2019)
                    .queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            assertTrue(page.getList("items").size() <= 5);
            seen.addAll(ids(page));
            cursor = page.getString("next");
            // Someone records more lines between our page fetches.
            create(with(base, "implementingBody", FundingFixtures.uniqueBody()));
            pages++;
        } while (cursor != null && pages < 200);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "a line was returned twice");
        assertTrue(seen.containsAll(before), "a line that existed before paging was skipped");
    }

    @Test
    void rejectsMalformedAndUnknownFilters() {
        bad("limit", "0");
        bad("limit", "abc");
        bad("year", "twenty");
        bad("cursor", "not-a-cursor");
        bad("source", "BANK");
        bad("asOf", "2024-13-01");
        Api.raw()
                .queryParam("year", 2022)
                .queryParam("yearFrom", 2021)
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("year"));
        Api.raw()
                .queryParam("unit", "107")
                .queryParam("unitId", 1)
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.given()
                .queryParam("program", "NO-SUCH")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_PROGRAM"));
        Api.given()
                .queryParam("component", "DA99")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_COMPONENT"));
        Api.given()
                .queryParam("unit", "107")
                .queryParam("asOf", "2025-07-01")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_UNIT"));
    }

    private static void bad(String param, String value) {
        Api.raw()
                .queryParam(param, value)
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is(param));
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
