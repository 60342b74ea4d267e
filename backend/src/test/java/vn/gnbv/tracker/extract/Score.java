package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposals against annotations by full key and value, as multisets (a key annotated twice must be proposed twice):
 * true positives, what was proposed but not annotated, what was annotated but not proposed.
 */
record Score(int tp, List<String> falsePositives, List<String> missed) {
    static Score of(List<String> expected, List<String> proposed) {
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(e -> left.merge(e, 1, Integer::sum));
        int tp = 0;
        List<String> fp = new ArrayList<>();
        for (String p : proposed) {
            Integer n = left.get(p);
            if (n != null && n > 0) {
                left.put(p, n - 1);
                tp++;
            } else {
                fp.add(p);
            }
        }
        List<String> missed = new ArrayList<>();
        left.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                missed.add(k);
            }
        });
        missed.sort(String::compareTo);
        return new Score(tp, fp, missed);
    }

    Score plus(Score o) {
        List<String> fp = new ArrayList<>(falsePositives);
        fp.addAll(o.falsePositives);
        List<String> m = new ArrayList<>(missed);
        m.addAll(o.missed);
        return new Score(tp + o.tp, fp, m);
    }

    double precision() {
        int proposed = tp + falsePositives.size();
        return proposed == 0 ? 0 : (double) tp / proposed;
    }

    double recall() {
        int expected = tp + missed.size();
        return expected == 0 ? 0 : (double) tp / expected;
    }

    String line() {
        return String.format(
                "tp %d, proposed %d, annotated %d: precision %.1f %%, recall %.1f %%",
                tp, tp + falsePositives.size(), tp + missed.size(), 100 * precision(), 100 * recall());
    }
}
