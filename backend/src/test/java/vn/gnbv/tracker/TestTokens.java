package vn.gnbv.tracker;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real signed access tokens for tests, shaped like Keycloak realm gnbv's: issuer and key of the WireMock OIDC server
 * (quarkus-test-oidc-server), audience gnbv-api, roles in realm_access.roles, scope in gnbv_units.
 */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "gnbv-api";
    private static final String KEY = "privateKey.jwk";

    private TestTokens() {}

    /** A token of {@code user} with {@code role}, scoped to {@code units} (codes); ADMIN needs none. */
    public static String of(String user, String role, String... units) {
        return builder(user, role, units).sign(KEY);
    }

    public static String admin() {
        return of("admin", "ADMIN");
    }

    /** A claims builder with sane defaults, for tests that need to bend one claim (expiry, issuer, audience). */
    public static io.smallrye.jwt.build.JwtClaimsBuilder builder(String user, String role, String... units) {
        long now = Instant.now().getEpochSecond();
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(Set.of(AUDIENCE))
                .subject("sub-" + user)
                .preferredUserName(user)
                .claim("azp", "gnbv-test")
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("gnbv_units", List.of(units))
                .issuedAt(now)
                .expiresAt(now + 3600);
    }

    public static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(KEY);
    }
}
