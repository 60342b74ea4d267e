package vn.gnbv.tracker.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The source, capital type and measure that lead-in lines give the lines under them, each kept at the level of the
 * heading that stated it ("4. Đề xuất kinh phí …:" at 1, "- Giải ngân:" below every numbered level): a heading ends
 * what was stated at its level and below, and what a deeper heading stated gives way again to what an outer one did.
 */
final class LeadIns {
    static final String SOURCE = "source";
    static final String CAPITAL = "capital";
    static final String MEASURE = "measure";

    private final Map<String, TreeMap<Integer, String>> byField = new HashMap<>();

    void put(String field, int level, String value) {
        byField.computeIfAbsent(field, f -> new TreeMap<>()).put(level, value);
    }

    /** A heading at {@code level}: what was stated at that level or deeper ends. */
    void endAt(int level) {
        byField.keySet().forEach(f -> end(f, level));
    }

    void end(String field, int level) {
        TreeMap<Integer, String> m = byField.get(field);
        if (m != null) {
            m.tailMap(level, true).clear();
        }
    }

    void clear() {
        byField.clear();
    }

    /** The innermost value still in force, or null. */
    String get(String field) {
        TreeMap<Integer, String> m = byField.get(field);
        return m == null || m.isEmpty() ? null : m.lastEntry().getValue();
    }
}
