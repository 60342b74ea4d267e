package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** The nation as a roll-up target, and roll-ups staying exactly as fresh as the figures they are memoised from. */
@QuarkusTest
class NationRollupTest {
    private static final String BASE = "/api/v1/indicator-rollups";

    @Inject
    DataSource ds;

    @Test
    void theNationIsTheSumOfTheProvincesValidAtAsOf() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "10"); // Lai Châu
        Fixtures.value(hh, "03549", "2024", "20"); // Lai Châu
        Fixtures.value(hh, "00001", "2024", "5"); // Hà Nội

        rollup(hh, null, "")
                .body("unit.code", is("VN"))
                .body("unit.level", is("NATION"))
                .body("value", is("35"))
                .body("reportedValue", nullValue())
                .body("childrenValue", is("35"))
                .body("contributingUnits", is(3));
        JsonPath before = rollup(hh, null, "/children").extract().jsonPath();
        assertEquals("35", before.getString("target.value"));
        assertEquals(63, before.getList("children").size(), "the 63 provinces before the reform");
        assertEquals("30", childValue(before, "12"));
        assertEquals("5", childValue(before, "01"));
        assertEquals(List.of("01", "02"), before.getList("children.unit.code").subList(0, 2));

        // After the reform the same figures fall into the 34 provinces, and the nation's total is unchanged.
        JsonPath after = rollup(hh, "2025-07-01", "/children").extract().jsonPath();
        assertEquals("35", after.getString("target.value"));
        assertEquals(34, after.getList("children").size());
        assertEquals("30", childValue(after, "12"));
    }

    @Test
    void aNationalRatioIsTheSumOfNumeratorsOverTheSumOfDenominators() {
        String poor = Fixtures.sum("HH_POOR", "HOUSEHOLD");
        String total = Fixtures.sum("HH_TOTAL", "HOUSEHOLD");
        String rate = Fixtures.ratio(poor, total);
        Fixtures.value(poor, "03391", "2024", "10");
        Fixtures.value(total, "03391", "2024", "100");
        Fixtures.value(poor, "00001", "2024", "90");
        Fixtures.value(total, "00001", "2024", "300");

        rollup(rate, null, "")
                .body("value", is("25.000000"))
                .body("numerator", is("100"))
                .body("denominator", is("400"))
                .body("aggregation", is("RATIO"));
    }

    @Test
    void onlyANationalCallerReadsTheNation() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Api.as(TestTokens.of("nation.manager", "PROVINCE_MANAGER", "12"))
                .queryParams(Map.of("indicator", hh, "unit", "VN", "period", "2024"))
                .get(BASE)
                .then()
                .statusCode(403);
    }

    @Test
    void aRollupSeesAWriteMadeBehindTheApisBack() throws Exception {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        long id = Fixtures.value(hh, "03391", "2024", "10");
        rollup(hh, null, "").body("value", is("10"));
        province(hh).body("value", is("10"));

        // Another API instance (or psql) writes: the memoised answers must not outlive the change.
        sql("update indicator_value set value = 11 where id = " + id);
        rollup(hh, null, "").body("value", is("11"));
        province(hh).body("value", is("11"));

        sql("delete from indicator_value where id = " + id);
        rollup(hh, null, "").body("value", nullValue()).body("contributingUnits", is(0));
        province(hh).body("value", nullValue());
    }

    @Test
    void aRollupSeesACatalogueChange() throws Exception {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "10");
        province(hh).body("unit.name", is("Tỉnh Lai Châu"));
        sql("update admin_unit set name = 'Tỉnh Lai Châu (đổi tên)' where code = '12' and valid_to is not null");
        try {
            province(hh).body("unit.name", is("Tỉnh Lai Châu (đổi tên)"));
        } finally {
            sql("update admin_unit set name = 'Tỉnh Lai Châu' where code = '12' and valid_to is not null");
        }
        province(hh).body("unit.name", is("Tỉnh Lai Châu"));
    }

    private ValidatableResponse province(String indicator) {
        return Api.given()
                .queryParams(Map.of("indicator", indicator, "unit", "12", "period", "2024"))
                .get(BASE)
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse rollup(String indicator, String asOf, String path) {
        Map<String, Object> q = new HashMap<>(Map.of("indicator", indicator, "unit", "VN", "period", "2024"));
        if (asOf != null) {
            q.put("asOf", asOf);
        }
        return Api.given().queryParams(q).get(BASE + path).then().statusCode(200);
    }

    private static String childValue(JsonPath p, String code) {
        List<Map<String, Object>> rows = p.getList("children");
        return rows.stream()
                .filter(r -> code.equals(((Map<?, ?>) r.get("unit")).get("code")))
                .map(r -> (String) r.get("value"))
                .findFirst()
                .orElseThrow();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
