package vn.gnbv.tracker.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The id of the current HTTP request: the caller's {@code X-Request-Id} when it sends a usable one, else a fresh
 * UUID. Audit rows carry it, and every response echoes it, so a caller can find what its request wrote.
 */
@RequestScoped
public class RequestId {
    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 100;

    private String value;

    public String get() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void accept(String header) {
        String clean = sanitise(header);
        value = clean.isEmpty() ? UUID.randomUUID().toString() : clean;
    }

    /** Keeps what is safe in a header and a log line: letters, digits and {@code . _ : -}, at most 100 of them. */
    static String sanitise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replaceAll("[^A-Za-z0-9._:-]", "");
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }
}
