package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator value read in a block, keyed: its period and kind ({@link Periods}), its unit (the province's for its
 * targets restated in a district's report), the group a heading names when it has none of its own, its quote and
 * citation. Only indicators the catalogue defines are proposed.
 */
final class IndicatorValues {
    private final ReportContext report;
    private final Catalogue catalogue;
    private final GroupHeadings groups;
    // indicator, period, kind and value of every value read with no group
    private final Set<String> stated = new HashSet<>();
    /** While a part of a count is added: its whole's sentence start (the part is keyed by it), else -1. */
    int partOf = -1;

    private List<Proposal> out;
    private String text;
    private String folded;
    private int offset;
    private String locator;
    private Outline at;

    IndicatorValues(ReportContext report, Catalogue catalogue, GroupHeadings groups) {
        this.report = report;
        this.catalogue = catalogue;
        this.groups = groups;
    }

    /** The block the next values are read in, and where they go. */
    void begin(List<Proposal> out, String text, String folded, int offset, String locator, Outline at) {
        this.out = out;
        this.text = text;
        this.folded = folded;
        this.offset = offset;
        this.locator = locator;
        this.at = at;
    }

    /** The number printed at [s, e) as {@code code}'s value ({@code fixedKind}: its kind, else from its words). */
    void count(String code, String category, int s, int e, String fixedKind) {
        if (!catalogue.indicatorExists(code)) {
            return;
        }
        VnNumber n = VnNumber.parse(text.substring(s, e));
        if (n != null) {
            value(code, category, n.value(), s, e, fixedKind, n.doubt());
        }
    }

    /** {@code value} as {@code code}'s, cited at [s, e). */
    void value(String code, String category, BigDecimal value, int s, int e, String fixedKind, Reason doubt) {
        if (!catalogue.indicatorExists(code)) {
            return;
        }
        List<Reason> reasons = new ArrayList<>();
        if (doubt != null) {
            reasons.add(doubt);
        }
        int sentence = partOf >= 0 ? partOf : Clauses.sentenceStart(folded, s);
        int sentenceEnd = Clauses.sentenceEnd(folded, e);
        int clause = Clauses.clauseStart(folded, s);
        String[] keyed = Periods.keyed(folded, sentence, sentenceEnd, clause, s, e, at, report, catalogue, fixedKind);
        if (keyed == null) {
            return; // no period in the sentence, its headings or the report: nothing to key the value by
        }
        String period = keyed[0];
        String kind = keyed[1];
        String plain =
                String.join("|", code, period, kind, value.stripTrailingZeros().toPlainString());
        if (category == null && !stated.contains(plain)) {
            // "* *Hội nông dân thành phố:*" then its results; not a figure the report already stated with no group
            // ("hỗ trợ gạo … 202 lượt hộ nghèo" restated under the organisation that ran it)
            category = groups.current();
        }
        if (category == null) {
            stated.add(plain);
        }
        out.add(Proposal.indicatorValue(
                "TARGET".equals(kind) && at.targets && at.scopes.provincial()
                        ? catalogue.province().orElse(report.unit())
                        : report.unit(), // "Chỉ tiêu Nghị quyết …" under the province's resolution
                code,
                period,
                kind,
                category,
                value,
                text.substring(clause, Clauses.clauseEnd(folded, e)).strip(),
                List.of(new Proposal.Citation(locator, offset + s, offset + e)),
                reasons.isEmpty() ? 0.6 : 0.35,
                List.copyOf(reasons)));
    }
}
