package vn.gnbv.tracker.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque token of changed-since pulls: the xmin of the reading transaction's snapshot (V083 says why that, and
 * not a timestamp, misses no transaction that commits out of order). Opaque, so its inside may change.
 */
public final class SyncToken {
    private static final String PREFIX = "s1.";

    private SyncToken() {}

    public static String encode(long xmin) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + xmin).getBytes(StandardCharsets.UTF_8));
    }

    /** The xmin of a token this API issued, else 400 INVALID_CURSOR naming {@code field}. */
    public static long decode(String field, String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                long xmin = Long.parseLong(s.substring(PREFIX.length()));
                if (xmin > 0) {
                    return xmin;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal; NumberFormatException is an IllegalArgumentException
        }
        throw ApiException.badParam(
                field,
                ViolationCode.INVALID_CURSOR,
                "The sync token is not one this API issued (the Sync-Token header)");
    }
}
