package vn.gnbv.tracker.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;

/** Every error of a batch, counted; the first {@value #CAP} by row are kept for the report. */
final class RowErrors {
    static final int CAP = 1000;

    private final List<Violation> kept = new ArrayList<>();
    // Errors of the batch as a whole (no row), listed first.
    private final List<Violation> whole = new ArrayList<>();
    private long total;
    private long outOfScope;
    private boolean sorted = true;

    void add(long row, String field, ViolationCode code, String message) {
        total++;
        if (code == ViolationCode.OUT_OF_SCOPE) {
            outOfScope++;
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).row() > row) {
            sorted = false;
        }
        // Rows arrive in order from the parser, but set-based checks (duplicates, existing keys) come later: keep a
        // few more than the cap and trim once sorted.
        kept.add(new Violation(field, row, code, message));
        if (kept.size() > 4 * CAP) {
            trim();
        }
    }

    /** An error of the batch as a whole, naming a parameter (e.g. the report a replace would empty), not a row. */
    void addWhole(String field, ViolationCode code, String message) {
        total++;
        whole.add(Violation.field(field, code, message));
    }

    long total() {
        return total;
    }

    boolean any() {
        return total > 0;
    }

    long outOfScope() {
        return outOfScope;
    }

    /** The first {@value #CAP} errors in row order. */
    List<Violation> first() {
        trim();
        List<Violation> out = new ArrayList<>(whole);
        out.addAll(kept);
        return List.copyOf(out.size() > CAP ? out.subList(0, CAP) : out);
    }

    private void trim() {
        if (!sorted) {
            kept.sort(Comparator.comparingLong(Violation::row));
            sorted = true;
        }
        if (kept.size() > CAP) {
            kept.subList(CAP, kept.size()).clear();
        }
    }
}
