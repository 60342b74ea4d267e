package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the poverty counts and rates every report states in the same words ("Hộ nghèo: 12.558 hộ, chiếm tỷ lệ
 * 2,63%", "số hộ nghèo là 241 hộ", "tỷ lệ hộ nghèo giảm 1,18%"), with the period from the clause or the heading and
 * the kind from its verb (phấn đấu / chỉ tiêu → TARGET, ước → ESTIMATE). Only indicators the catalogue defines are
 * proposed. The many program-specific outputs (classes held, cards issued, works built) are not read yet.
 */
final class IndicatorReader {
    private record Rule(String indicator, Pattern pattern) {}

    private static final String N = "(" + VnNumber.TOKEN + ")";
    private static final List<Rule> RULES = List.of(
            new Rule(
                    "POOR_RATE_REDUCTION",
                    Pattern.compile("ty le (?:ho )?ngheo(?: chung)?(?: toan \\p{L}+)? giam "
                            + "(?:con |binh quan |duoc )?" + N + " ?%")),
            new Rule("HH_POOR", Pattern.compile("(?<!can )ho ngheo(?: la| con| co)?:? " + N + " ho\\b")),
            new Rule("HH_NEAR_POOR", Pattern.compile("ho can ngheo(?: la| con| co)?:? " + N + " ho\\b")),
            new Rule(
                    "POOR_RATE",
                    Pattern.compile("(?<!can )ho ngheo(?: la| con)?:? " + VnNumber.TOKEN + " ho, chiem(?: ty le)? " + N
                            + " ?%")),
            new Rule(
                    "NEAR_POOR_RATE",
                    Pattern.compile(
                            "ho can ngheo(?: la| con)?:? " + VnNumber.TOKEN + " ho, chiem(?: ty le)? " + N + " ?%")),
            new Rule(
                    "POOR_RATE",
                    Pattern.compile("ty le ho ngheo(?: toan \\p{L}+| chung)?(?: la| con| (?:giam )?xuong"
                            + "(?: con)?)? " + N + " ?%")),
            new Rule("HH_POOR", Pattern.compile("\\bcon " + N + " ho ngheo")),
            new Rule("POOR_RATE", Pattern.compile(VnNumber.TOKEN + " ho ngheo,? chiem(?: ty le)? " + N + " ?%")),
            new Rule("HH_POOR_REDUCED", Pattern.compile("giam (?:duoc )?" + N + " ho ngheo")));
    private static final Pattern TARGET = Pattern.compile("phan dau|chi tieu|muc tieu|ke hoach");
    private static final Pattern PHASE = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam|cuoi nam|den nam|thang \\d{1,2}/) ?(\\d{4})\\b");

    private final ReportContext report;
    private final Catalogue catalogue;

    IndicatorReader(ReportContext report, Catalogue catalogue) {
        this.report = report;
        this.catalogue = catalogue;
    }

    List<Proposal> read(String text, String folded, int offset, String locator, Outline at) {
        List<Proposal> out = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!catalogue.indicatorExists(rule.indicator)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(folded);
            while (m.find()) {
                VnNumber n = VnNumber.parse(text.substring(m.start(1), m.end(1)));
                if (n == null) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                if (n.doubt() != null) {
                    reasons.add(n.doubt());
                }
                int clause = FundingReader.clauseStart(folded, m.start());
                int sentence = Math.max(0, folded.lastIndexOf(". ", m.start()));
                String kind = TARGET.matcher(folded).region(sentence, m.start()).find() ? "TARGET" : "ACTUAL";
                if (folded.startsWith("uoc", Math.max(0, clause))) {
                    kind = "ESTIMATE";
                }
                String period = period(folded, sentence, m.start(), at);
                if (period == null) {
                    reasons.add("no year stated before the figure: the report's period");
                }
                BigDecimal value = n.value();
                out.add(new Proposal(
                        Proposal.Dataset.INDICATOR_VALUES,
                        null,
                        null,
                        report.unit(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        rule.indicator,
                        period != null ? period : report.period(),
                        kind,
                        null,
                        value,
                        text.substring(clause, FundingReader.clauseEnd(folded, m.end()))
                                .strip(),
                        List.of(new Proposal.Citation(locator, offset + m.start(1), offset + m.end(1))),
                        reasons.isEmpty() ? 0.7 : 0.4,
                        List.copyOf(reasons)));
            }
        }
        return out;
    }

    private String period(String folded, int from, int to, Outline at) {
        Matcher y = YEAR.matcher(folded).region(from, to);
        String found = null;
        int last = -1;
        while (y.find()) {
            found = y.group(1);
            last = y.start();
        }
        Matcher phase = PHASE.matcher(folded).region(from, to);
        while (phase.find()) {
            if (phase.start() > last) {
                found = phase.group(1) + "/" + phase.group(2);
                last = phase.start();
            }
        }
        if (found != null) {
            return found;
        }
        return at.year != null ? at.year.toString() : null;
    }
}
