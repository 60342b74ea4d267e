package vn.gnbv.tracker.common;

/**
 * Optimistic locking over HTTP: responses carry {@code ETag: "<version>"}; updates and deletes must send
 * {@code If-Match} with it. Missing → 428, stale → 412, so no update is ever lost silently.
 */
public final class Versioning {
    private Versioning() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ErrorCode.PRECONDITION_REQUIRED, "Send If-Match with the resource's ETag to change it");
        }
        String v = ifMatch.trim();
        if (v.equals("*")) {
            return;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.equals(Long.toString(currentVersion))) {
            throw new ApiException(
                    ErrorCode.VERSION_MISMATCH,
                    "The resource has changed since you read it (current version " + currentVersion + ")");
        }
    }
}
