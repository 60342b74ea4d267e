package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One full key read with different values (002: a sub-project's two disbursements in one paragraph, a total read
 * where its part was meant) can be loaded only once: the reader proposes it once, never silently twice. The value
 * kept is the most confident reading (the first stated on a tie); the others are named in its reasons with where they
 * were read, and its confidence drops so that a bulk accept by confidence leaves it to the reviewer.
 */
final class Conflicts {
    static final double CONFIDENCE = 0.3;

    private Conflicts() {}

    static List<Proposal> resolve(List<Proposal> merged) {
        Map<String, List<Proposal>> byKey = new LinkedHashMap<>();
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : merged) {
            if (p.dataset() == Proposal.Dataset.LOCAL_PROJECTS) {
                out.add(p); // a project is keyed by its name: two readings of one name are two drafts to compare
            } else {
                byKey.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Proposal> same : byKey.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            Proposal kept = same.get(0);
            for (Proposal p : same) {
                if (p.confidence() > kept.confidence()) {
                    kept = p;
                }
            }
            List<Reason> reasons = new ArrayList<>(kept.reasons());
            for (Proposal other : same) {
                if (other != kept) {
                    String locator = other.citations().get(0).locator();
                    reasons.add(Reason.of(
                            Reason.Code.STATED_TWICE_DIFFERENT,
                            "the same key was also read as " + value(other) + " at " + locator + " («" + other.quote()
                                    + "»): check which is meant",
                            "value",
                            bare(other),
                            "locator",
                            locator,
                            "quote",
                            other.quote()));
                }
            }
            out.add(with(kept, Math.min(kept.confidence(), CONFIDENCE), reasons));
        }
        return List.copyOf(out);
    }

    /** The full key without the value: the identity up to its last field. */
    static String key(Proposal p) {
        String id = p.identity();
        return id.substring(0, id.lastIndexOf('|'));
    }

    private static String value(Proposal p) {
        return p.dataset() == Proposal.Dataset.FUNDING_LINES
                ? p.amountVnd() + " đồng"
                : p.value().stripTrailingZeros().toPlainString();
    }

    /** The other value as the label formats it: đồng of a funding line, the decimal of an indicator value. */
    private static String bare(Proposal p) {
        return p.dataset() == Proposal.Dataset.FUNDING_LINES
                ? p.amountVnd().toString()
                : p.value().stripTrailingZeros().toPlainString();
    }

    private static Proposal with(Proposal a, double confidence, List<Reason> reasons) {
        return a.reviewed(a.citations(), confidence, reasons);
    }
}
