package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads funding figures from one block: each amount with the cues nearest before it — in its own stretch of text
 * (since the previous amount), then its clause, then the heading it is under — for measure, source, capital type,
 * year, component, unit and implementing body. A total whose parts by source or capital type follow ("786 triệu
 * đồng, trong đó NSTW 763, NSĐP 23") is not a line of its own; a total made of carried-in and assigned money
 * ("6.687 (vốn 2022 chuyển sang 4.672; giao 2.015)") is the AVAILABLE line.
 */
final class FundingReader {
    private static final Pattern PER_UNIT = Pattern.compile("\\s?/\\s?[a-z]");
    private static final Pattern MOBILISING = Pattern.compile("huy dong|van dong|ung ho|quyen gop|tai tro|dong gop");
    private static final java.util.Set<String> ANNUAL = java.util.Set.of("ASSIGNED", "ALLOCATED", "AVAILABLE");
    private static final Pattern COMMUNE =
            Pattern.compile("(?:xã|phường|thị trấn) (\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3})");

    private final ReportContext report;
    private final Catalogue catalogue;
    private final String defaultSource;
    private final FundingLines lines;
    /** What was done in the blocks just read: the cost of it is spent money. */
    final Spent spent = new Spent();
    /** Carry-outs and flows whose origin year the text gives (see {@link CarryOvers}). */
    final java.util.Set<Proposal> stated = CarryOvers.identitySet();

    FundingReader(ReportContext report, Catalogue catalogue, String documentFolded) {
        this.report = report;
        this.catalogue = catalogue;
        this.lines = new FundingLines(report, catalogue);
        // A report whose plan is the central budget's (002: "Kế hoạch trung hạn vốn ngân sách trung ương giao") states
        // its programme money without naming the source again.
        this.defaultSource = documentFolded.matches("(?s).*(?:ke hoach trung han|ke hoach) von ngan sach trung uong.*")
                ? "CENTRAL"
                : "UNSPECIFIED";
    }

    /** Proposals for the amounts of one block ({@code text} NFC, {@code folded} its fold; offsets relative). */
    List<Proposal> read(String text, String folded, int offset, String locator, Outline at) {
        List<Money.Amount> amounts = Money.find(text, folded);
        List<Proposal> out = new ArrayList<>();
        int prevEnd = 0;
        String totalMeasure = null; // the measure of a total whose parts are being read
        boolean inParts = false; // reading the parts of a total ("…, trong đó NSTW 1.753 triệu; NSĐP: 53 triệu")
        Integer partsYear = null; // the total's own year, which its parts share
        String partCapital = null; // the capital type of the amount before: "121.457 (gồm 5.257 …" shares it
        int listClause = -1; // the clause of the amount before and its measure: a list's items share it
        Cues.Cue listMeasure = null;
        Integer labelOrigin = CarryOvers.labelOrigin(folded); // "+ Vốn chuyển nguồn 2022 sang 2023: …"
        boolean partsOfSum = false; // the total spans the years whose own lines follow: its parts are sums too
        for (int i = 0; i < amounts.size(); i++) {
            Money.Amount a = amounts.get(i);
            int segStart = prevEnd;
            prevEnd = a.end();
            if (a.denominator()) {
                continue; // "1.957/6.629": the second is what the first is measured against, stated elsewhere
            }
            int next = i + 1 < amounts.size() ? amounts.get(i + 1).start() : folded.length();
            int clause = Clauses.clauseStart(folded, a.start());
            int clauseEnd = Clauses.clauseEnd(folded, a.end());
            String after = folded.substring(a.unitEnd(), Math.min(folded.length(), a.unitEnd() + 160));
            List<Reason> reasons = new ArrayList<>(a.doubts());
            double confidence = 0.9;
            boolean available = false;
            if (Totals.isTotalOverParts(folded, a, amounts, i)) {
                if (Totals.ofFlows(folded, a, amounts, i)) {
                    available = true;
                } else {
                    Cues.Cue t = Cues.measure(folded, clause, a.start());
                    totalMeasure = t != null ? t.code() : at.measure;
                    inParts = true;
                    partsYear = Clauses.explicitYear(folded, clause, a.start());
                    partsOfSum = partsYear == null
                            && Totals.YEARLY
                                    .matcher(folded)
                                    .region(a.end(), folded.length())
                                    .find();
                    continue;
                }
            } else if (inParts
                    && Totals.endsParts(folded, Math.max(segStart, Clauses.partStart(folded, a.start())), a.start())) {
                inParts = false;
                partsYear = null;
                partsOfSum = false;
            }
            if (Totals.REMAINDER.matcher(folded).region(segStart, a.start()).find()
                    && !Totals.endsParts(folded, segStart, a.start())) {
                continue; // "…, còn 41.880.000đ": what is left of the amounts before, not a figure of its own
            }
            if (inParts && partsOfSum) {
                // "Tổng kinh phí giao là 4.924 triệu đồng trong đó NSTW 4.780, NSĐP 144: (Năm 2022 giao 786 …)": the
                // whole period's parts are the sums of the yearly lines stated next, not lines of their own
                continue;
            }
            // measure
            String measure = null;
            int part = Math.max(segStart, Clauses.partStart(folded, a.start()));
            Cues.Cue m = Cues.measure(folded, part, a.start());
            Cues.Cue carryAfter = Cues.measure(folded, a.end(), Math.min(next, clauseEnd));
            if (carryAfter != null && !"CARRIED".equals(carryAfter.code())) {
                carryAfter = null;
            }
            if (m == null && carryAfter != null && !"ASSIGNED".equals(at.measure)) {
                m = carryAfter;
            }
            if (inParts && totalMeasure != null && m != null && Cues.weak(m)) {
                m = null; // "… giao, trong đó vốn đầu tư 197.770": the noun before the lead-in is the total's
            }
            if (m == null && totalMeasure != null) {
                m = new Cues.Cue(totalMeasure, a.start(), a.start());
            }
            if (m == null) {
                m = FundingLines.implied(
                        folded, clause, a.start(), amounts, i, clause == listClause ? listMeasure : null);
            }
            if (m == null) {
                m = Cues.measure(folded, clause, a.start());
                confidence -= 0.05;
            }
            if (m == null) {
                m = Cues.measure(folded, 0, a.start());
                confidence -= 0.05;
            }
            measure = m != null ? m.code() : at.measure;
            listClause = clause;
            listMeasure = m;
            if (available) {
                measure = "AVAILABLE";
            } else if (Cues.weak(measure)
                    && !FundingLines.planOfRatio(amounts, i)
                    && spent.costOfDone(folded, clause, a.start())) {
                measure = "DISBURSED";
            }
            if (measure == null) {
                continue; // an amount with no verb or heading saying what it is: not a funding figure we can key
            }
            if (PER_UNIT.matcher(folded)
                    .region(a.unitEnd(), Math.min(folded.length(), a.unitEnd() + 3))
                    .lookingAt()) {
                continue; // "2.000.000đ/gia đình/năm": a norm per beneficiary, not an amount of money
            }
            // year (and origin year for carry-overs)
            Integer year = lines.yearBefore(folded, clause, a.start(), at);
            if (inParts && partsYear != null && Clauses.explicitYear(folded, clause, a.start()) == null) {
                year = partsYear; // "Năm 2023 tổng giao là 1.806 triệu đồng, trong đó …; ngân sách địa phương: 53
                // triệu"
            }
            if (year == null && ANNUAL.contains(measure) && report.periodYear() == null) {
                // "Tổng kinh phí giao: 29.535 triệu đồng" over a phase: money is assigned year by year, and those
                // years'
                // lines are the figures; the phase's sum is not one
                continue;
            }
            FundingLines.Flow flow = FundingLines.flow(folded, measure, m, year, clause, a.start(), at);
            measure = flow.measure();
            year = flow.year();
            Integer origin = flow.origin();
            // source and capital type
            boolean sourceStated = true;
            String source = FundingLines.cue(
                    Cues.source(folded, segStart, a.start()), Cues.source(folded, clause, a.start()), at.source);
            if (source == null && "MOBILIZED".equals(measure)) {
                source = "MOBILIZED"; // "Tổng huy động …, trong đó nguồn vốn BCĐ …: 654.000.000đ": nobody named
            }
            if (source == null) {
                sourceStated = false;
                source = defaultSource;
                confidence -= 0.1;
                reasons.add(FundingLines.sourceNotStated(source));
            }
            // "+ Vốn đầu tư: 71.570 triệu đồng, … Giải ngân 66.313/71.570 …": a label at the block's head holds for it
            int label = Math.min(a.start(), FundingLines.labelEnd(folded));
            String capital = FundingLines.cue(
                    Cues.capital(folded, segStart, a.start()),
                    Cues.capital(folded, clause, a.start()),
                    label > 0 && Cues.capital(folded, 0, label) != null
                            ? Cues.capital(folded, 0, label).code()
                            : FundingLines.partOf(folded, segStart, a.start()) ? partCapital : at.capital);
            partCapital = capital;
            String component = at.component;
            Components.Mention named = at.comps().find(folded, clause, a.start());
            if (named != null) {
                Integer project = named.project() != null ? named.project() : at.project;
                component = at.comps().code(project, named.sub());
            }
            boolean mobilised = source.startsWith("MOBILIZED") || "POLICY_CREDIT".equals(source);
            if (mobilised
                    && !"POLICY_CREDIT".equals(source)
                    && !"MOBILIZED".equals(at.measure)
                    && !MOBILISING.matcher(folded).region(0, a.start()).find()) {
                continue; // an organisation named near money nobody mobilised (a benefit paid out): not a line
            }
            if ("PEOPLE_COUNTERPART".equals(source)) {
                measure = "MOBILIZED"; // what the people put in is mobilised, whatever the heading says
            } else if ("MOBILIZED".equals(measure) && m == null && source.startsWith("LOCAL")) {
                measure = "ASSIGNED"; // "3. Vốn đối ứng và huy động …: a) Vốn đối ứng (ngân sách địa phương)": budgeted
            }
            if (!inParts && FundingLines.unkeyedPart(folded, segStart, a.start(), named)) {
                continue; // "…281.291 triệu đồng. Trong đó hộ … 100.136 triệu đồng": a part by something no key holds
            }
            if (mobilised) {
                capital = "UNSPECIFIED";
                measure = "POLICY_CREDIT".equals(source) ? "DISBURSED" : "MOBILIZED";
                component = null;
            }
            if (component == null && !sourceStated && capital == null) {
                continue; // money outside any component with neither source nor capital type: not a programme figure
            }
            if (capital == null) {
                // a proposal for another phase has no capital type until it is decided
                boolean ownPhase = at.program.equals(report.program());
                capital =
                        component != null && ownPhase && !lines.investment(at, component) ? "RECURRENT" : "UNSPECIFIED";
                if (component != null) {
                    reasons.add(Reason.of(
                            Reason.Code.CAPITAL_TYPE_ASSUMED_RECURRENT,
                            "capital type not stated; recurrent (vốn sự nghiệp) as the project's money is"));
                    confidence -= 0.05;
                }
            }
            Cues.Cue body = Cues.body(folded, clause == 0 ? 0 : clause, a.start());
            if (body == null) {
                body = Cues.body(folded, 0, Math.min(folded.length(), 40));
            }
            String unit = report.unit();
            // A commune named right before its amount ("xã Mường So 1.000 triệu"), not a list of places ("tại 5 xã …")
            Matcher commune = COMMUNE.matcher(text).region(Math.max(segStart, a.start() - 60), a.start());
            if (commune.find() && a.start() - commune.end() <= 2) {
                unit = catalogue.unitNamed(commune.group(1)).orElse(unit);
            }
            if (component == null && at.component == null && named == null) {
                confidence -= 0.05;
            }
            if (!reasons.isEmpty() && !a.doubts().isEmpty()) {
                confidence = Math.min(confidence, 0.3);
            }
            String quote = text.substring(clause, clauseEnd).strip();
            int afterEnd = Math.min(next, Clauses.sentenceEnd(folded, a.end()));
            Cues.Cue allocatedTo =
                    "ASSIGNED".equals(measure) ? Afterwards.allocatedTo(folded, a.unitEnd(), afterEnd) : null;
            if (allocatedTo != null) {
                measure = "ALLOCATED";
                body = allocatedTo;
            }
            if (ANNUAL.contains(measure) && Afterwards.allSpent(folded, a.unitEnd(), afterEnd)) {
                out.add(FundingLines.line(
                        at,
                        component,
                        unit,
                        year,
                        source,
                        capital,
                        "DISBURSED",
                        null,
                        null,
                        a,
                        quote,
                        locator,
                        offset,
                        confidence,
                        reasons));
            }
            boolean fromLabel = labelOrigin != null
                    && a.start() >= CarryOvers.labelEnd(folded)
                    && ("DISBURSED".equals(measure) || "CARRIED_OUT".equals(measure));
            Proposal line = FundingLines.line(
                    at,
                    component,
                    unit,
                    year,
                    source,
                    capital,
                    measure,
                    body == null || mobilised ? null : body.code(),
                    fromLabel
                            ? labelOrigin
                            : "DISBURSED".equals(measure) || "AVAILABLE".equals(measure) ? null : origin,
                    a,
                    quote,
                    locator,
                    offset,
                    confidence,
                    reasons);
            if (fromLabel) {
                stated.add(line);
            }
            out.add(line);
        }
        List<Proposal> carried = Afterwards.allCarried(out, amounts, folded);
        stated.addAll(carried);
        out.addAll(carried);
        return out;
    }
}
