package vn.gnbv.tracker.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The API verifying tokens of the real Keycloak that `make test` starts (realm gnbv, GNBV_TEST_KEYCLOAK_URL) instead
 * of the WireMock server. The %test issuer override is cleared (an empty value removes it), so the issuer is the
 * one Keycloak's discovery document names — exactly what production checks.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {
    static final String URL_ENV = "GNBV_TEST_KEYCLOAK_URL";

    @Override
    public Map<String, String> getConfigOverrides() {
        // Both spellings: a %test-prefixed key in application.properties wins over an unprefixed override.
        String url = "${" + URL_ENV + "}";
        return Map.of(
                "quarkus.oidc.auth-server-url",
                url,
                "%test.quarkus.oidc.auth-server-url",
                url,
                "quarkus.oidc.token.issuer",
                "",
                "%test.quarkus.oidc.token.issuer",
                "");
    }
}
