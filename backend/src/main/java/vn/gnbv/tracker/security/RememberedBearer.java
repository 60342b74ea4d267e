package vn.gnbv.tracker.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A bearer token quarkus-oidc has verified before ({@link VerifiedTokens}) is answered ahead of quarkus-oidc's own
 * mechanism, which decodes the token's JSON on every request before any identity provider can answer from memory
 * (15 % of a GET by id, docs/benchmarks.md 2026-12-05). Anything else — no bearer token, an unknown one, one past its
 * {@code exp} — yields no identity here, so quarkus-oidc verifies it in full and sends the only challenge.
 */
@ApplicationScoped
public class RememberedBearer implements HttpAuthenticationMechanism {
    /** The authentication request of a remembered token, answered by {@link RememberedTokenProvider}. */
    public static final class Request extends BaseAuthenticationRequest {
        private final SecurityIdentity known;

        Request(SecurityIdentity known) {
            this.known = known;
        }

        /** The identity the token was verified as, recalled once by the mechanism. */
        SecurityIdentity known() {
            return known;
        }
    }

    private static final String SCHEME = "bearer ";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(SCHEME.length()).trim();
        SecurityIdentity known = tokens.recall(token);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        // Through the identity provider manager, so augmentors run as for any other identity.
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Request(known), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // quarkus-oidc's challenge is the one sent
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
