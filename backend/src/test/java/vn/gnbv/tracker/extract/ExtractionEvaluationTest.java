package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the five seed reports against their annotations (fixtures/extraction), by full key and value,
 * funding lines and indicator values apart, with the catalogue of the real database (components, units by name,
 * indicators). The floors are what the extractor reached when docs/extraction.md was written: a change that reads
 * fewer figures right fails here. Each run writes what was missed and what was proposed wrongly to
 * target/extraction-evaluation.txt.
 */
@QuarkusTest
class ExtractionEvaluationTest {
    static final List<String> SEEDS = List.of(
            "000_e9400ad9d40e2846",
            "001_037b987c52beeac6",
            "002_e78e7f344878a655",
            "003_32616b64abd78827",
            "004_55d59c68113acef1");

    // Floors (all five seeds): measured values rounded down; see docs/extraction.md.
    static final double FUNDING_PRECISION = 0.98;
    static final double FUNDING_RECALL = 0.96;
    static final double INDICATOR_PRECISION = 0.98;
    static final double INDICATOR_RECALL = 0.95;
    static final double PROJECT_PRECISION = 1.00;
    static final double PROJECT_RECALL = 0.93;

    @Inject
    DbCatalogue catalogue;

    @Test
    void seedsAreReadAtLeastAsWellAsMeasured() throws IOException {
        Score funding = new Score(0, List.of(), List.of());
        Score indicators = new Score(0, List.of(), List.of());
        Score projects = new Score(0, List.of(), List.of());
        List<String> out = new ArrayList<>();
        for (String seed : SEEDS) {
            Annotations a = Annotations.of(seed);
            List<Proposal> proposals = Extractor.read(
                    DocumentText.ofLines(a.text()),
                    a.report(),
                    catalogue.forReport(a.report().unit(), a.report().issuedOn()));
            Score f = Score.of(a.funding(), ids(proposals, Proposal.Dataset.FUNDING_LINES));
            Score i = Score.of(a.indicators(), ids(proposals, Proposal.Dataset.INDICATOR_VALUES));
            out.add(seed + " funding:    " + f.line());
            Score l = Score.of(
                    a.projects(),
                    proposals.stream()
                            .filter(p -> p.dataset() == Proposal.Dataset.LOCAL_PROJECTS)
                            .map(Proposal::projectKey)
                            .toList());
            out.add(seed + " indicators: " + i.line());
            out.add(seed + " projects:   " + l.line());
            f.missed().forEach(m -> out.add("  missed   " + m));
            i.missed().forEach(m -> out.add("  missed   " + m));
            l.missed().forEach(m -> out.add("  missed   " + m));
            for (Proposal p : proposals) {
                boolean project = p.dataset() == Proposal.Dataset.LOCAL_PROJECTS;
                if (project
                        ? l.falsePositives().contains(p.projectKey())
                        : f.falsePositives().contains(p.identity())
                                || i.falsePositives().contains(p.identity())) {
                    out.add("  wrong    " + p.identity() + "  @"
                            + p.citations().get(0).locator() + " «" + p.quote() + "»"
                            + (p.reasons().isEmpty() ? "" : " " + p.reasons()));
                }
            }
            funding = funding.plus(f);
            indicators = indicators.plus(i);
            projects = projects.plus(l);
        }
        out.add(0, "ALL funding:    " + funding.line());
        out.add(1, "ALL indicators: " + indicators.line());
        out.add(2, "ALL projects:   " + projects.line());
        Files.write(Path.of("target", "extraction-evaluation.txt"), out);
        System.out.println(String.join("\n", out.subList(0, 3)));
        assertTrue(funding.precision() >= FUNDING_PRECISION, funding.line());
        assertTrue(funding.recall() >= FUNDING_RECALL, funding.line());
        assertTrue(indicators.precision() >= INDICATOR_PRECISION, indicators.line());
        assertTrue(indicators.recall() >= INDICATOR_RECALL, indicators.line());
        assertTrue(projects.precision() >= PROJECT_PRECISION, projects.line());
        assertTrue(projects.recall() >= PROJECT_RECALL, projects.line());
    }

    static List<String> ids(List<Proposal> proposals, Proposal.Dataset d) {
        return proposals.stream()
                .filter(p -> p.dataset() == d)
                .map(Proposal::identity)
                .toList();
    }
}
