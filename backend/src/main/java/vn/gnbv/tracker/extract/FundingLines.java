package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The funding reader's helpers: a line's year from its clause or context, labels, cues, and the proposal itself. */
final class FundingLines {
    private static final Pattern YEAR = Pattern.compile("(?:nam|den het|het) (\\d{4})\\b");
    private static final Pattern PERIOD = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})|tu nam \\d{4} den nay");
    // "vốn năm 2023 chuyển sang 2024 879 triệu đồng, giao 2024 3.700": 2023 is where carried money came from, not the
    // year of what follows
    private static final Pattern CARRY_FROM = Pattern.compile(" (?:chuyen (?:nguon )?)?(?:sang|sa) ");
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
            if (y.start() > last
                    && !folded.startsWith("sang", Math.max(0, y.start() - 5))
                    && !CARRY_FROM
                            .matcher(folded)
                            .region(y.end(), folded.length())
                            .lookingAt()) {
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

    /**
     * The measure of an amount with no word of its own saying what it is: the one of the list it is an item of ("(Cụ
     * thể: trường THCS xã A 1.000 triệu đồng, đường xã B 1.085 triệu đồng)"), else a body's money when a body is named
     * before it ("+ Ủy ban nhân dân xã 5.168 triệu đồng"), else the plan when a later ratio of the block is measured
     * against it ("Duy tu 02 dự án 7.070 triệu đồng, giải ngân là 7.070/7.070"): assigned; else null.
     */
    static Cues.Cue implied(
            String folded, int clause, int at, List<Money.Amount> amounts, int i, Cues.Cue listMeasure) {
        if (listMeasure != null) {
            return listMeasure;
        }
        if (Cues.body(folded, clause, at) != null || planOfRatio(amounts, i)) {
            return new Cues.Cue("ASSIGNED", at, at);
        }
        return null;
    }

    /** A later ratio of the block ("giải ngân là 7.070/7.070") is measured against the amount {@code i}. */
    static boolean planOfRatio(List<Money.Amount> amounts, int i) {
        for (int j = i + 1; j < amounts.size(); j++) {
            if (amounts.get(j).denominator()
                    && amounts.get(j).vnd() == amounts.get(i).vnd()) {
                return true;
            }
        }
        return false;
    }

    /** The amount at {@code to} opens a parenthesis of parts of the amount before ("121.457 triệu đồng (gồm 5.257"). */
    static boolean partOf(String folded, int from, int to) {
        return from > 0 && PART.matcher(folded).region(from, to).matches();
    }

    private static final Pattern PART =
            Pattern.compile("(?:\\s?(?:trieu |ty |nghin )?dong)?\\W*\\(\\W*(?:gom|trong do|bao gom)\\W*");

    private static final Pattern CARRY = Pattern.compile("(?:nam )?(\\d{4})?[\\s*]*(?:sang|sa) (?:nam )?(\\d{4})");
    private static final Pattern EXTRA = Pattern.compile("bo sung (?:thuc hien )?(?:du an )?nam (\\d{4})");

    /** A line's measure, year and origin year once carry-overs are told apart by their years. */
    record Flow(String measure, Integer year, Integer origin) {}

    /**
     * "chuyển nguồn năm 2022 sang 2023" read in the year 2023 is money carried in from 2022, else carried out of the
     * year; assigned money's origin is its year, unless it was "giao bổ sung thực hiện dự án năm 2021".
     */
    static Flow flow(String folded, String measure, Cues.Cue m, Integer year, int clause, int at, Outline outline) {
        if ("CARRIED".equals(measure)) {
            Matcher c = CARRY.matcher(folded.substring(m.start(), Math.min(folded.length(), m.end() + 30)));
            Integer from = null;
            Integer to = null;
            if (c.find()) {
                from = c.group(1) == null ? null : Integer.valueOf(c.group(1));
                to = Integer.valueOf(c.group(2));
            }
            Integer ctx = outline.year != null ? outline.year : year;
            if (to != null && ctx != null && to.equals(ctx)) {
                return new Flow("CARRIED_IN", to, from != null ? from : to - 1);
            }
            Integer out = from != null ? from : (to != null ? to - 1 : ctx);
            return new Flow("CARRIED_OUT", out, out);
        }
        if ("ASSIGNED".equals(measure) || "ALLOCATED".equals(measure)) {
            Matcher extra = EXTRA.matcher(folded).region(clause, at);
            if (extra.find() && outline.year != null) {
                return new Flow(measure, outline.year, Integer.valueOf(extra.group(1)));
            }
            return new Flow(measure, year, year);
        }
        return new Flow(measure, year, null);
    }

    /**
     * The amount at {@code to} is a part of an amount before it ("trong đó" earlier in its sentence) that names nothing a funding line is
     * keyed by (source, capital type, measure, body, year, component): a breakdown by beneficiary group or place,
     * which the total's line already holds.
     */
    static boolean unkeyedPart(String folded, int from, int to, Components.Mention named) {
        int lead = folded.lastIndexOf("trong do", to);
        int sentence = folded.lastIndexOf(". ", to);
        boolean afterAmount = from > 0 && lead >= 0;
        from = Math.min(lead, to);
        return afterAmount
                && lead > sentence
                && named == null
                && Cues.source(folded, from, to) == null
                && Cues.capital(folded, from, to) == null
                && Cues.measure(folded, from, to) == null
                && Cues.body(folded, from, to) == null
                && Clauses.explicitYear(folded, from, to) == null;
    }

    /** Why the source is the report's default: central when its plan is the central budget's, else unspecified. */
    static Reason sourceNotStated(String source) {
        return "CENTRAL".equals(source)
                ? Reason.of(
                        Reason.Code.SOURCE_ASSUMED_CENTRAL,
                        "budget source not stated; the report's plan is the central budget's")
                : Reason.of(Reason.Code.SOURCE_NOT_STATED, "budget source not stated; left unspecified");
    }

    static String cue(Cues.Cue first, Cues.Cue second, String context) {
        return first != null ? first.code() : second != null ? second.code() : context;
    }
}
