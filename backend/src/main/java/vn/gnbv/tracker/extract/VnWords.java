package vn.gnbv.tracker.extract;

import java.util.Map;

/**
 * Numbers written in Vietnamese words, as reports repeat an amount ("Hai mươi hai triệu đồng chẵn" = 22,000,000).
 * Reads the folded words; returns null when a word is not part of a number.
 */
final class VnWords {
    private static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("khong", 0),
            Map.entry("mot", 1),
            Map.entry("hai", 2),
            Map.entry("ba", 3),
            Map.entry("bon", 4),
            Map.entry("tu", 4),
            Map.entry("nam", 5),
            Map.entry("lam", 5),
            Map.entry("sau", 6),
            Map.entry("bay", 7),
            Map.entry("tam", 8),
            Map.entry("chin", 9));
    private static final Map<String, Long> SCALES =
            Map.of("nghin", 1_000L, "ngan", 1_000L, "trieu", 1_000_000L, "ty", 1_000_000_000L);

    private VnWords() {}

    /** The value of the folded words (e.g. "hai muoi hai trieu"), or null. */
    static Long value(String folded) {
        String[] words = folded.trim().split("\\s+");
        long total = 0; // completed groups above a scale
        long group = 0; // the part below a thousand being read
        long unit = 0; // the last digit word
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Integer d = DIGITS.get(w);
            if (d != null) {
                unit = d;
                any = true;
            } else if (w.equals("muoi")) {
                group += (unit == 0 ? 1 : unit) * 10;
                unit = 0;
                any = true;
            } else if (w.equals("tram")) {
                group += unit * 100;
                unit = 0;
            } else if (w.equals("linh") || w.equals("le")) {
                continue;
            } else if (SCALES.containsKey(w)) {
                long g = group + unit;
                total += (g == 0 ? 1 : g) * SCALES.get(w);
                group = 0;
                unit = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + group + unit : null;
    }
}
