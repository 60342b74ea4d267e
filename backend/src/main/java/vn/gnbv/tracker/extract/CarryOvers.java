package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The funding lines of a whole report settled against each other, before same figures are merged: where carried money
 * came from (origin years, docs/seed-notes.md's convention), carried money that was handed back, and flows that are
 * already stated body by body. Each rule needs lines read in other blocks, which the block reader cannot see.
 */
final class CarryOvers {
    // "+ Vốn chuyển nguồn 2022 sang 2023: 1.070 …", "+ Vốn giao năm 2023: 634 …": the money a bullet is about
    private static final Pattern LABEL_CARRIED = Pattern.compile("chuyen nguon (?:nam )?(\\d{4}) (?:sang|sa)");
    private static final Pattern LABEL_ASSIGNED = Pattern.compile("von giao nam (\\d{4})");
    private static final Pattern RETURN = Pattern.compile("nop tra");
    // the next numbered heading ("1.2. Tiểu dự án 3") or the next amount ends what is said about a carried amount
    private static final Pattern NEXT =
            Pattern.compile("\\n[\\s*\\-+]*\\d+(?:\\.\\d+)*\\.\\s|\\d ?(?:trieu |ty |nghin )?dong\\b|\\d ?d\\b");

    private static final Pattern LABEL = Pattern.compile("^[\\s\\-+*]*[a-z ,0-9]{3,50}:");

    private CarryOvers() {}

    /** The end of a bullet's label that may name years ("+ Vốn giao năm 2023:"), or 0. */
    static int labelEnd(String folded) {
        Matcher l = LABEL.matcher(folded);
        return l.lookingAt() ? l.end() : 0;
    }

    /** The origin year the label of a bullet gives the money it is about ("+ Vốn chuyển nguồn 2022 sang 2023:"), or null. */
    static Integer labelOrigin(String folded) {
        int end = labelEnd(folded);
        if (end == 0) {
            return null;
        }
        String label = folded.substring(0, end);
        Matcher c = LABEL_CARRIED.matcher(label);
        if (c.find()) {
            return Integer.valueOf(c.group(1));
        }
        Matcher a = LABEL_ASSIGNED.matcher(label);
        return a.find() ? Integer.valueOf(a.group(1)) : null;
    }

    static Set<Proposal> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * The report's proposals with the funding lines settled: {@code stated} are the carry-outs whose origin the text
     * gave (a bullet's label, one assigned amount carried over), {@code folded} is the whole document folded.
     */
    static List<Proposal> settle(List<Proposal> all, Set<Proposal> stated, String folded) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : all) {
            out.add(isLine(p, "CARRIED_OUT") ? returned(p, folded) : p);
        }
        // A carry-out of a year whose money had two origins (carried in, or assigned for another year) has none
        for (int i = 0; i < out.size(); i++) {
            Proposal p = out.get(i);
            if (isLine(p, "CARRIED_OUT")
                    && !stated.contains(p)
                    && p.originYear() != null
                    && p.originYear().equals(p.year())
                    && out.stream().anyMatch(q -> sameMoney(p, q) && mixes(q))) {
                out.set(i, origin(p, null));
            }
        }
        // Money carried into year N came from N-1 unless the carry-outs of N-1 say it came from several years
        for (int i = 0; i < out.size(); i++) {
            Proposal p = out.get(i);
            if (isLine(p, "CARRIED_IN") && p.year() != null && Objects.equals(p.originYear(), p.year() - 1)) {
                Set<Integer> origins = new java.util.HashSet<>();
                for (Proposal q : out) {
                    if (isLine(q, "CARRIED_OUT")
                            && Objects.equals(q.year(), p.year() - 1)
                            && within(q.component(), p.component())
                            && bodies(p, q)
                            && q.originYear() != null) {
                        origins.add(q.originYear());
                    }
                }
                if (origins.size() > 1 || (origins.size() == 1 && !origins.contains(p.year() - 1))) {
                    out.set(i, origin(p, null));
                }
            }
        }
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : out) {
            if (!byBodies(p, out) && !singlePart(p, out)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * "… không thực hiện chuyển nguồn sang năm 2024 là: 1.250.000.000 đồng. … Phòng … đã nộp trả ngân sách huyện":
     * carried money the following words say was handed back is the RETURNED line of the year it was carried into, by
     * the body that returned it.
     */
    private static Proposal returned(Proposal p, String folded) {
        int from = p.citations().get(0).end();
        Matcher next = NEXT.matcher(folded).region(Math.min(from, folded.length()), folded.length());
        int to = next.find() ? next.start() : folded.length();
        Matcher r = RETURN.matcher(folded).region(from, to);
        if (p.year() == null || !r.find()) {
            return p;
        }
        Cues.Cue body = Cues.body(folded, Math.max(from, r.start() - 250), r.start());
        return Proposal.funding(
                p.program(),
                p.component(),
                p.unit(),
                p.year() + 1,
                p.source(),
                p.capitalType(),
                "RETURNED",
                body != null ? body.code() : p.implementingBody(),
                null,
                p.amountVnd(),
                p.quote(),
                p.citations(),
                p.confidence(),
                p.reasons());
    }

    /** Money of one component, year and unit (a body-less line covers every body). */
    private static boolean sameMoney(Proposal p, Proposal q) {
        return p != q
                && Objects.equals(p.component(), q.component())
                && Objects.equals(p.year(), q.year())
                && Objects.equals(p.unit(), q.unit())
                && bodies(p, q);
    }

    private static boolean bodies(Proposal p, Proposal q) {
        return p.implementingBody() == null
                || q.implementingBody() == null
                || p.implementingBody().equals(q.implementingBody());
    }

    /** The year's money included carried-in money or money assigned for another year. */
    private static boolean mixes(Proposal q) {
        return isLine(q, "CARRIED_IN")
                || (isLine(q, "ASSIGNED")
                        && q.originYear() != null
                        && !q.originYear().equals(q.year()));
    }

    /** {@code code} is {@code parent} or one of its sub-projects. */
    private static boolean within(String code, String parent) {
        return Objects.equals(code, parent) || (code != null && parent != null && code.startsWith(parent + "."));
    }

    /**
     * A body-less total's assigned or carried-in part in a year whose money the report also states body by body
     * ("Vốn giao 15.187 (chuyển sang 4.672; giao 10.515)", then "- Trung tâm DVNN: … 4.672 …; giao 2.015"): the
     * bodies' lines are the figures, and the body-less part would be added to them (the total stays a line).
     */
    private static boolean byBodies(Proposal p, List<Proposal> all) {
        if (p.implementingBody() != null || !(isLine(p, "ASSIGNED") || isLine(p, "CARRIED_IN"))) {
            return false;
        }
        String locator = p.citations().get(0).locator();
        boolean part = all.stream()
                .anyMatch(t -> isLine(t, "AVAILABLE")
                        && t.implementingBody() == null
                        && t.citations().get(0).locator().equals(locator)
                        && Objects.equals(t.component(), p.component()));
        return part
                && all.stream()
                        .anyMatch(q -> q.implementingBody() != null
                                && isLine(q, p.measure())
                                && Objects.equals(q.year(), p.year())
                                && Objects.equals(q.unit(), p.unit())
                                && within(q.component(), p.component()));
    }

    /** "+ Trung tâm DVNN 506 triệu đồng (vốn chuyển nguồn … 506 triệu đồng)": a total that is its one part. */
    private static boolean singlePart(Proposal p, List<Proposal> all) {
        if (!isLine(p, "AVAILABLE")) {
            return false;
        }
        String locator = p.citations().get(0).locator();
        return all.stream()
                .anyMatch(q -> (isLine(q, "CARRIED_IN") || isLine(q, "ASSIGNED"))
                        && q.citations().get(0).locator().equals(locator)
                        && Objects.equals(q.amountVnd(), p.amountVnd())
                        && Objects.equals(q.component(), p.component())
                        && Objects.equals(q.implementingBody(), p.implementingBody())
                        && Objects.equals(q.year(), p.year()));
    }

    private static boolean isLine(Proposal p, String measure) {
        return p.dataset() == Proposal.Dataset.FUNDING_LINES && measure.equals(p.measure());
    }

    private static Proposal origin(Proposal p, Integer origin) {
        return Proposal.funding(
                p.program(),
                p.component(),
                p.unit(),
                p.year(),
                p.source(),
                p.capitalType(),
                p.measure(),
                p.implementingBody(),
                origin,
                p.amountVnd(),
                p.quote(),
                p.citations(),
                p.confidence(),
                p.reasons());
    }
}
