package vn.gnbv.tracker.reading;

import java.util.List;
import vn.gnbv.tracker.extract.Proposal;
import vn.gnbv.tracker.reading.ReadingDtos.Citation;
import vn.gnbv.tracker.reading.ReadingDtos.Fields;

/** Between the reader's proposals and the rows this feature stores, lists and loads. */
final class ProposalRows {
    static final String FUNDING = "funding-lines";
    static final String INDICATORS = "indicator-values";
    /** Every dataset the reader proposes (ProposalDataset), in the order counts and commits list them. */
    static final List<String> DATASETS = List.of(FUNDING, INDICATORS);

    /** The longest locator an upload row takes. */
    private static final int LOCATOR_MAX = 500;

    private ProposalRows() {}

    static ProposalRepository.NewRow of(Proposal p) {
        boolean funding = p.dataset() == Proposal.Dataset.FUNDING_LINES;
        Fields fields = funding
                ? new Fields(
                        p.program(),
                        p.component(),
                        p.unit(),
                        p.year(),
                        p.source(),
                        p.capitalType(),
                        p.measure(),
                        p.implementingBody(),
                        p.originYear(),
                        p.amountVnd(),
                        null,
                        null,
                        null,
                        null,
                        null)
                : new Fields(
                        null,
                        null,
                        p.unit(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        p.indicator(),
                        p.period(),
                        p.kind(),
                        p.category(),
                        p.value() == null
                                ? null
                                : p.value().stripTrailingZeros().toPlainString());
        return new ProposalRepository.NewRow(
                p.dataset().path,
                p.dataset().path + "|" + p.identity(),
                Math.max(0, Math.min(1, p.confidence())),
                p.reasons(),
                p.quote(),
                p.citations().stream()
                        .map(c -> new Citation(c.locator(), c.start(), c.end()))
                        .toList(),
                fields);
    }

    /** Every place a proposal is stated, as one upload locator ("l.212; l.240"), cut to what a row takes. */
    static String locator(List<Citation> citations) {
        String all = String.join(
                "; ", citations.stream().map(Citation::locator).distinct().toList());
        return all.length() <= LOCATOR_MAX ? all : all.substring(0, LOCATOR_MAX - 1) + "…";
    }
}
