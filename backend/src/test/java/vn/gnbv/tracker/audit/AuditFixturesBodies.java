package vn.gnbv.tracker.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers over request bodies. */
final class AuditFixturesBodies {
    private AuditFixturesBodies() {}

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }
}
