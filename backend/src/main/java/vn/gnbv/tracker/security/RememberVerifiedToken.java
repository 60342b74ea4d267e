package vn.gnbv.tracker.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stores each identity quarkus-oidc has just verified in {@link VerifiedTokens}. It runs first among augmentors
 * (highest priority), so what is remembered is quarkus-oidc's identity before any augmentation, and later augmentors
 * run again on every request as they would without the memory.
 */
@ApplicationScoped
public class RememberVerifiedToken implements SecurityIdentityAugmentor {
    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        if (bearer != null
                && !identity.isAnonymous()
                && identity.getAttribute(RememberedTokenProvider.REMEMBERED) == null) {
            tokens.remember(bearer.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
