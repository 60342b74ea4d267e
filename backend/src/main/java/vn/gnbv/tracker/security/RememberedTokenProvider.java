package vn.gnbv.tracker.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a bearer token quarkus-oidc verified before from {@link VerifiedTokens}, for {@link RememberedBearer}; a token
 * that expired in the meantime yields null (no identity: the request is unauthenticated, as quarkus-oidc would leave
 * an expired token).
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<RememberedBearer.Request> {
    /** Marks an identity answered from memory, so {@link RememberVerifiedToken} does not store it again. */
    static final String REMEMBERED = "gnbv.token-remembered";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<RememberedBearer.Request> getRequestType() {
        return RememberedBearer.Request.class;
    }

    @Override
    public int priority() {
        return 10_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RememberedBearer.Request request, AuthenticationRequestContext ctx) {
        SecurityIdentity known = tokens.recall(request.token());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        // The identity carries the request it was verified in; this request gets its own.
        QuarkusSecurityIdentity.Builder b =
                QuarkusSecurityIdentity.builder(known).addAttribute(REMEMBERED, true);
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc != null) {
            b.addAttribute(RoutingContext.class.getName(), rc);
        }
        return Uni.createFrom().item(b.build());
    }
}
