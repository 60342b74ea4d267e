package vn.gnbv.tracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bearer tokens quarkus-oidc has verified (signature, issuer, audience, expiry), by their exact text, until they
 * expire. A pulling client sends the same token on every request for minutes; verifying its signature again each
 * time was a third of a GET's cost. A token is remembered only after a full verification, and only until its own
 * {@code exp} (at most {@link #MAX_AGE}): the cache never lets a token live longer than it would have.
 */
@ApplicationScoped
public class VerifiedTokens {
    /** quarkus-oidc's attribute holding the token's {@code exp} (seconds since the epoch). */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final int MAX_TOKENS = 4_096;

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {}

    private final Cache<String, Entry> cache = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(new Expiry<String, Entry>() {
                @Override
                public long expireAfterCreate(String token, Entry e, long now) {
                    return ttl(e);
                }

                @Override
                public long expireAfterUpdate(String token, Entry e, long now, long current) {
                    return ttl(e);
                }

                @Override
                public long expireAfterRead(String token, Entry e, long now, long current) {
                    return current;
                }
            })
            .build();

    private final LongAdder hits = new LongAdder();

    private static long ttl(Entry e) {
        long left = Math.min(e.expiresAtMillis() - System.currentTimeMillis(), MAX_AGE.toMillis());
        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, left));
    }

    /** Remembers a verified identity; one without an expiry is not remembered (nothing bounds it). */
    void remember(String token, SecurityIdentity identity) {
        Object exp = identity.getAttribute(EXPIRE_TIME);
        if (exp instanceof Number n && n.longValue() * 1000 > System.currentTimeMillis()) {
            cache.put(token, new Entry(identity, n.longValue() * 1000));
        }
    }

    /** The identity this exact token was verified as, if it has not expired since; else null. */
    SecurityIdentity recall(String token) {
        Entry e = cache.getIfPresent(token);
        if (e == null || e.expiresAtMillis() <= System.currentTimeMillis()) {
            return null;
        }
        hits.increment();
        return e.identity();
    }

    /** Requests answered from memory since start (for tests and diagnostics). */
    public long hits() {
        return hits.sum();
    }
}
