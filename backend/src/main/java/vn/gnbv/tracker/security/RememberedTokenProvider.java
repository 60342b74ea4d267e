package vn.gnbv.tracker.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the identity {@link RememberedBearer} recalled from {@link VerifiedTokens} into this request's identity (the
 * token's expiry was checked by that recall, a moment before).
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<RememberedBearer.Request> {
    /** Marks an identity answered from memory, so {@link RememberVerifiedToken} does not store it again. */
    static final String REMEMBERED = "gnbv.token-remembered";

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
        SecurityIdentity known = request.known();
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
