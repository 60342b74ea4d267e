package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.gnbv.tracker.Api;

/**
 * Tokens issued by the real Keycloak (realm gnbv from infra/keycloak, started by `make test`) against the API: the
 * realm's clients, mappers and demo principals work end to end. Runs only where GNBV_TEST_KEYCLOAK_URL is set, which
 * `make test` always does; a quick `mvn test` without Keycloak skips it.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@EnabledIfEnvironmentVariable(named = RealKeycloakProfile.URL_ENV, matches = ".+")
class RealKeycloakTest {
    private static final String SUMMARY = "/api/v1/funding-summary";
    private static final String PROGRAM = "GNBV-2021-2025";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thirdPartyReaderTokenCarriesAudienceRoleAndProvinceScope() throws Exception {
        JsonNode claims = claims(clientCredentials("third-party-reader", "third-party-reader-secret"));
        assertTrue(audiences(claims).contains("gnbv-api"), "aud " + claims.get("aud"));
        assertEquals("third-party-reader", claims.get("azp").asText());
        assertEquals(List.of("API_READER"), texts(claims.at("/realm_access/roles")));
        assertEquals(List.of("12"), texts(claims.get("gnbv_units")));
    }

    @Test
    void districtOfficerTokenCarriesAudienceRoleAndDistrictScope() throws Exception {
        JsonNode claims = claims(password("phongtho.officer"));
        assertTrue(audiences(claims).contains("gnbv-api"), "aud " + claims.get("aud"));
        assertEquals("phongtho.officer", claims.get("preferred_username").asText());
        assertEquals(List.of("DISTRICT_OFFICER"), texts(claims.at("/realm_access/roles")));
        assertEquals(List.of("109"), texts(claims.get("gnbv_units")));
    }

    @Test
    void thirdPartyReaderReadsItsProvince() {
        summary(clientCredentials("third-party-reader", "third-party-reader-secret"), "12")
                .then()
                .statusCode(200)
                .body("unit.code", is("12"));
    }

    @Test
    void thirdPartyReaderNeverWrites() {
        String token = clientCredentials("third-party-reader", "third-party-reader-secret");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("program", PROGRAM);
        line.put("component", "DA2");
        line.put("unit", "12");
        line.put("fiscalYear", 2022);
        line.put("source", "CENTRAL");
        line.put("capitalType", "RECURRENT");
        line.put("measure", "ASSIGNED");
        line.put("implementingBody", "Real Keycloak test " + UUID.randomUUID());
        line.put("amountVnd", 1_000_000L);
        Api.as(token)
                .contentType(ContentType.JSON)
                .body(line)
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.as(token)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/funding-lines/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void districtOfficerReadsItsDistrict() {
        summary(password("phongtho.officer"), "109").then().statusCode(200).body("unit.code", is("109"));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        // A WireMock-signed token, valid in every other test class: this API trusts only the real Keycloak here.
        summary(vn.gnbv.tracker.TestTokens.admin(), "12").then().statusCode(401);
    }

    @Test
    void thirdPartyReaderIsRefusedAnotherProvince() {
        summary(clientCredentials("third-party-reader", "third-party-reader-secret"), "06")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("OUT_OF_SCOPE"));
    }

    // Bắc Kạn city district 058 is outside Phong Thổ 109.
    @Test
    void districtOfficerIsRefusedAnotherDistrict() {
        summary(password("phongtho.officer"), "058")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("OUT_OF_SCOPE"));
    }

    private static io.restassured.response.Response summary(String token, String unit) {
        return Api.as(token)
                .queryParam("program", PROGRAM)
                .queryParam("unit", unit)
                .queryParam("asOf", "2024-01-01")
                .get(SUMMARY);
    }

    private static String tokenEndpoint() {
        return System.getenv(RealKeycloakProfile.URL_ENV) + "/protocol/openid-connect/token";
    }

    private static String clientCredentials(String client, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .post(tokenEndpoint())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Resource-owner password grant on the test-only client gnbv-test (demo users share one password). */
    private static String password(String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "gnbv-test")
                .formParam("username", username)
                .formParam("password", "gnbv-demo")
                .post(tokenEndpoint())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array != null && array.isArray(), "expected a JSON array, got " + array);
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
