package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/** Every way a bearer token can be missing or wrong is a 401 problem+json with code UNAUTHENTICATED. */
@QuarkusTest
class TokenAbuseTest {
    private static final String PATH = "/api/v1/programs";

    @Test
    void acceptsAValidToken() {
        Api.as(TestTokens.of("phongtho.officer", Roles.DISTRICT_OFFICER, "109"))
                .get(PATH)
                .then()
                .statusCode(200);
    }

    @Test
    void rejectsARequestWithoutToken() {
        // Not contract-validated: the validator itself refuses a request lacking the required bearer scheme.
        unauthenticated(
                RestAssured.given().accept(SecurityFixtures.ANY).get(PATH).then());
    }

    @Test
    void rejectsAnExpiredToken() {
        long now = Instant.now().getEpochSecond();
        refused(TestTokens.sign(
                TestTokens.builder("late", Roles.ADMIN).issuedAt(now - 7200).expiresAt(now - 3600)));
    }

    @Test
    void rejectsATokenNotYetValid() {
        long now = Instant.now().getEpochSecond();
        refused(TestTokens.sign(TestTokens.builder("early", Roles.ADMIN).claim("nbf", now + 3600)));
    }

    @Test
    void rejectsATokenOfAForeignIssuer() {
        refused(TestTokens.sign(TestTokens.builder("foreign", Roles.ADMIN).issuer("https://evil.example.com")));
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        refused(TestTokens.sign(TestTokens.builder("elsewhere", Roles.ADMIN).audience(Set.of("another-api"))));
    }

    @Test
    void rejectsAnUnsignedToken() {
        String valid = TestTokens.admin();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        refused(header + "." + valid.split("\\.")[1] + ".");
    }

    @Test
    void rejectsATokenWhosePayloadWasChangedAfterSigning() {
        String[] parts = TestTokens.of("viewer", Roles.VIEWER, "06").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"VIEWER\"", "\"ADMIN\"");
        if (forged.equals(payload)) {
            throw new AssertionError("the token has no VIEWER role to forge: " + payload);
        }
        refused(parts[0] + "." + b64(forged) + "." + parts[2]);
    }

    @Test
    void rejectsGarbage() {
        refused("not-a-token");
    }

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void refusesAnOpaqueTokenWithoutAskingTheIdentityProvider() {
        // Defect 3 of issue 8: a token that is not a JWT made quarkus-oidc call the introspection endpoint (one call
        // and one ERROR line per request). Now it is refused locally.
        int before = introspections();
        refused("opaque-" + java.util.UUID.randomUUID());
        refused("not-a-token");
        assertEquals(before, introspections());
    }

    private int introspections() {
        return oidc.findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching(".*/introspect.*")))
                .size();
    }

    private static void refused(String token) {
        unauthenticated(Api.as(token).get(PATH).then());
    }

    private static void unauthenticated(ValidatableResponse r) {
        r.statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("UNAUTHENTICATED"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
