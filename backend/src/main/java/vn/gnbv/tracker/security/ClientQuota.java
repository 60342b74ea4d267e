package vn.gnbv.tracker.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;

/**
 * Per-client rate limit: a token bucket per (azp, sub) in this process's memory ({@link QuotaConfig}). A client over
 * its rate gets 429 TOO_MANY_REQUESTS with {@code Retry-After}, before any work is done; every other client keeps its
 * own budget. Requests without a valid token are not counted here (they are refused 401 anyway). One bucket per
 * client and server: behind several servers a client's budget is per server (a shared store would be needed for one
 * national budget). A small bucket of our own rather than a library: a few lines, no cluster, no extra dependency.
 */
public class ClientQuota {
    /** Buckets of clients idle long enough to be full again are dropped beyond this many. */
    private static final int MAX_BUCKETS = 10_000;

    private static final Map<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

    @Inject
    QuotaConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        if (!config.enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(this::admit);
    }

    private Response admit(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String client = jwt.getClaim("azp") == null ? "" : jwt.getClaim("azp").toString();
        QuotaConfig.Limit limit = config.clients().getOrDefault(client, config.defaults());
        if (BUCKETS.size() > MAX_BUCKETS) {
            long now = System.nanoTime();
            BUCKETS.values().removeIf(b -> b.idle(now, limit));
        }
        long waitNanos = BUCKETS.computeIfAbsent(client + " " + jwt.getSubject(), k -> new Bucket(limit.burst()))
                .take(limit, System.nanoTime());
        if (waitNanos == 0) {
            return null;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return Response.fromResponse(ProblemDetail.of(
                                ErrorCode.TOO_MANY_REQUESTS,
                                "Client " + client + " sends more than " + limit.rate()
                                        + " requests a second (bursts of " + limit.burst() + "); retry in " + seconds
                                        + " s",
                                null)
                        .response())
                .header("Retry-After", seconds)
                .build();
    }

    /** For tests that exhaust a client's budget: forget every bucket. */
    static void reset() {
        BUCKETS.clear();
    }

    /** Tokens refill continuously at the limit's rate up to its burst; a request takes one. */
    static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst) {
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        /** 0 when a token was taken, else how long until one is there. */
        synchronized long take(QuotaConfig.Limit limit, long now) {
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.rate());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / limit.rate() * 1e9);
        }

        synchronized boolean idle(long now, QuotaConfig.Limit limit) {
            return tokens + (now - last) / 1e9 * limit.rate() >= limit.burst();
        }
    }
}
