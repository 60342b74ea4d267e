package vn.gnbv.tracker;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Starts the WireMock OIDC server (JWKS and discovery) once for every @QuarkusTest. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcTestServer {
    private OidcTestServer() {}
}
