package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The funding reader's helpers: a line's year from its clause or context, labels, cues, and the proposal itself. */
final class FundingLines {
    private static final Pattern YEAR = Pattern.compile("(?:nam|den het|het) (\\d{4})\\b");
    private static final Pattern PERIOD = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})|tu nam \\d{4} den nay");
    private static final Pattern LABEL = Pattern.compile("^[\\s\\-+*]*[a-z ,]{3,40}:");

    private final ReportContext report;
    private final Catalogue catalogue;

    FundingLines(ReportContext report, Catalogue catalogue) {
        this.report = report;
        this.catalogue = catalogue;
    }

    Integer yearBefore(String folded, int clause, int at, Outline outline) {
        Matcher p = PERIOD.matcher(folded).region(clause, at);
        Integer year = null;
        boolean period = false;
        int last = -1;
        while (p.find()) {
            period = true;
            last = p.end();
        }
        Matcher y = YEAR.matcher(folded).region(clause, at);
        while (y.find()) {
            if (y.start() > last && !folded.startsWith("sang", Math.max(0, y.start() - 5))) {
                year = Integer.valueOf(y.group(1));
            }
        }
        if (year != null) {
            return year;
        }
        if (period) {
            return null;
        }
        return outline.year != null ? outline.year : report.periodYear();
    }

    boolean investment(Outline at, String component) {
        String project = at.comps().projectOf(component);
        return catalogue.components(at.program).stream()
                .anyMatch(c -> c.code().equals(project)
                        && Fold.of(Fold.nfc(c.nameVi())).contains("dau tu"));
    }

    static Proposal line(
            Outline at,
            String component,
            String unit,
            Integer year,
            String source,
            String capital,
            String measure,
            String body,
            Integer origin,
            Money.Amount a,
            String quote,
            String locator,
            int offset,
            double confidence,
            List<Reason> reasons) {
        return Proposal.funding(
                at.program,
                component,
                unit,
                year,
                source,
                capital,
                measure,
                body,
                origin,
                a.vnd(),
                quote,
                List.of(new Proposal.Citation(locator, offset + a.start(), offset + a.end())),
                Math.max(0.05, confidence),
                List.copyOf(reasons));
    }

    /** The end of a bullet's label ("+ Vốn sự nghiệp:"), or 0. */
    static int labelEnd(String folded) {
        Matcher l = LABEL.matcher(folded);
        return l.lookingAt() ? l.end() : 0;
    }

    static String cue(Cues.Cue first, Cues.Cue second, String context) {
        return first != null ? first.code() : second != null ? second.code() : context;
    }
}
