package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** GET /api/v1/me: the caller's name, roles and scope units, from the token and the unit register. */
@QuarkusTest
class MeTest {
    private static final String ME = "/api/v1/me";

    @Test
    void aProvinceManagerIsTheirProvinceNamedInBothLanguages() {
        String token = TestTokens.sign(
                TestTokens.builder("laichau.manager", "PROVINCE_MANAGER", "12").claim("name", "Lan Nguyễn Thị"));
        Api.as(token)
                .get(ME)
                .then()
                .statusCode(200)
                .body("username", is("laichau.manager"))
                .body("name", is("Lan Nguyễn Thị"))
                .body("roles", contains("PROVINCE_MANAGER"))
                .body("national", is(false))
                .body("units.code", contains("12"))
                .body("units[0].name", is("Tỉnh Lai Châu"))
                .body("units[0].nameEn", is("Lai Châu Province"))
                .body("units[0].level", is("PROVINCE"))
                .body("units[0].validTo", nullValue());
    }

    @Test
    void aDistrictTheReformAbolishedIsNamedByItsLastVersion() {
        Api.as(TestTokens.of("phongtho.officer", "DISTRICT_OFFICER", "109", "99999"))
                .get(ME)
                .then()
                .statusCode(200)
                .body("name", is("phongtho.officer"))
                .body("roles", contains("DISTRICT_OFFICER"))
                // A code that names no unit is left out.
                .body("units.code", contains("109"))
                .body("units[0].name", is("Huyện Phong Thổ"))
                .body("units[0].nameEn", is("Phong Thổ District"))
                .body("units[0].level", is("DISTRICT"))
                .body("units[0].validTo", is("2025-06-30"));
    }

    @Test
    void theAdminIsNationalWithoutUnits() {
        Api.as(TestTokens.admin())
                .get(ME)
                .then()
                .statusCode(200)
                .body("roles", contains("ADMIN"))
                .body("national", is(true))
                .body("units", empty());
    }

    @Test
    void nobodyWithoutAToken() {
        Api.anonymous().get(ME).then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void englishNamesPutTheDesignationAfterTheName() {
        assertEquals("Hà Nội City", Me.english("Thành phố Hà Nội"));
        assertEquals("Mường So Commune", Me.english("Xã Mường So"));
        assertEquals("Phong Thổ Township", Me.english("Thị trấn Phong Thổ"));
        assertEquals("Ba Đình Urban District", Me.english("Quận Ba Đình"));
        assertEquals("Côn Đảo Special Zone", Me.english("Đặc khu Côn Đảo"));
        assertEquals("Việt Nam", Me.english("Việt Nam"));
    }
}
