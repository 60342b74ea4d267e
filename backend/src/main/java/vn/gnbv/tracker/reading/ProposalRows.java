package vn.gnbv.tracker.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.extract.Proposal;
import vn.gnbv.tracker.extract.Reason;
import vn.gnbv.tracker.reading.ReadingDtos.Citation;
import vn.gnbv.tracker.reading.ReadingDtos.Fields;
import vn.gnbv.tracker.reading.ReadingDtos.ReasonView;

/** Between the reader's proposals and the rows this feature stores, lists and loads. */
final class ProposalRows {
    static final String FUNDING = "funding-lines";
    static final String INDICATORS = "indicator-values";
    static final String PROJECTS = "local-projects";
    /** Every dataset the reader proposes (ProposalDataset), in the order counts and commits list them. */
    static final List<String> DATASETS = List.of(FUNDING, INDICATORS, PROJECTS);

    /** The longest locator an upload row takes. */
    private static final int LOCATOR_MAX = 500;

    private ProposalRows() {}

    static ProposalRepository.NewRow of(Proposal p) {
        Fields fields = fields(p);
        return new ProposalRepository.NewRow(
                p.dataset().path,
                p.dataset().path + "|" + p.identity(),
                Math.max(0, Math.min(1, p.confidence())),
                p.reasons().stream()
                        .map(r -> new ReasonView(r.code(), r.message(), r.params()))
                        .toList(),
                p.quote(),
                p.citations().stream()
                        .map(c -> new Citation(c.locator(), c.start(), c.end()))
                        .toList(),
                fields);
    }

    /** The upload row of a proposal: its dataset's fields, the others null. */
    private static Fields fields(Proposal p) {
        return switch (p.dataset()) {
            case FUNDING_LINES -> Fields.funding(p);
            case INDICATOR_VALUES -> Fields.indicatorValue(p);
            case LOCAL_PROJECTS -> Fields.localProject(p);
        };
    }

    /** Every place a proposal is stated, as one upload locator ("l.212; l.240"), cut to what a row takes. */
    static String locator(List<Citation> citations) {
        String all = String.join(
                "; ", citations.stream().map(Citation::locator).distinct().toList());
        return all.length() <= LOCATOR_MAX ? all : all.substring(0, LOCATOR_MAX - 1) + "…";
    }

    /** Stored reasons; a reading stored before reasons had codes kept bare messages: those are UNCODED. */
    static List<ReasonView> reasons(ObjectMapper json, String stored) {
        List<ReasonView> out = new ArrayList<>();
        try {
            for (JsonNode r : json.readTree(stored)) {
                out.add(
                        r.isTextual()
                                ? new ReasonView(Reason.Code.UNCODED, r.asText(), Map.of())
                                : json.treeToValue(r, ReasonView.class));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
