package vn.gnbv.tracker.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * {@code gnbv.quota.*}: how many requests a client may send ({@link ClientQuota}). A client is a token's {@code azp}
 * (the OAuth client) and {@code sub} (the user or service account), so two users of the dashboard, or two systems,
 * never share a budget. {@code clients.<azp>} sets another rate for every principal of one OAuth client.
 */
@ConfigMapping(prefix = "gnbv.quota")
public interface QuotaConfig {
    /** Off: no client is ever refused. */
    @WithDefault("true")
    boolean enabled();

    /** The default limit. */
    Limit defaults();

    /** Limits of particular OAuth clients (by {@code azp}), instead of the default. */
    Map<String, Limit> clients();

    /** A token bucket: {@code burst} requests at once, refilled at {@code rate} requests a second. */
    interface Limit {
        double rate();

        int burst();
    }
}
