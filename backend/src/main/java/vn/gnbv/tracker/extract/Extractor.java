package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a report's text into proposals: funding lines, indicator values and local projects with every key field, the amount or
 * value, the quote and its locator, a confidence and the reasons for doubt. Pure: the catalogue answers the names,
 * nothing is read from or written to the database here. A figure stated twice (same key and value) becomes one
 * proposal citing both places; one key read with two different values becomes one proposal that says so
 * ({@link Conflicts}).
 */
public final class Extractor {
    // "+ Vốn sự nghiệp: 11.620 triệu đồng.": a label and its one amount
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "^[\\s\\-+*]*[a-z ,()]{3,40}:\\W*[\\d.,]+ ?(?:trieu|ty|nghin)?(?: dong)?\\W*$");

    private Extractor() {}

    public static List<Proposal> read(DocumentText doc, ReportContext report, Catalogue catalogue) {
        String folded = Fold.of(doc.text());
        Outline outline = new Outline(catalogue, report.program());
        FundingReader funding = new FundingReader(report, catalogue, folded);
        IndicatorReader indicators = new IndicatorReader(report, catalogue);
        LocalProjectReader projects = new LocalProjectReader(report, catalogue);
        FundedProjects funded = new FundedProjects(report, catalogue);
        List<Proposal> all = new ArrayList<>();
        for (DocumentText.Block b : Continued.blocks(doc)) {
            String text = doc.blockText(b).replace('\n', ' ');
            String f = folded.substring(b.start(), b.end()).replace('\n', ' ');
            if (f.isBlank()) {
                continue;
            }
            funding.spent.saw(f);
            boolean hasAmount = !Money.find(text, f).isEmpty();
            outline.enter(text, f, hasAmount);
            if (hasAmount) {
                all.addAll(funding.read(text, f, b.start(), b.locator(), outline));
                if (f.strip().matches("(?s).*(?:trong do|gom|sau|cu the):?\\W*$")) {
                    outline.lead(f); // "2.1. Ngân sách trung ương: 221.878 triệu đồng, gồm:": its parts follow
                } else if (f.length() < 70 && LABELLED.matcher(f).matches()) {
                    outline.label(f, f.indexOf(':'));
                }
            }
            all.addAll(indicators.read(text, f, b.start(), b.locator(), outline));
            projects.read(text, f, b.start(), b.locator(), outline);
            if (hasAmount) {
                all.addAll(funded.read(text, f, b.start(), b.locator(), outline));
            }
        }
        all.addAll(projects.finish());
        // "+ Hộ nghèo: 11 hộ, kinh phí 110.000.000đ" in a project's text: the project's participants, not a count of
        // the unit's poor households
        all.removeIf(p -> p.dataset() == Proposal.Dataset.INDICATOR_VALUES
                && projects.covers(p.citations().get(0).start()));
        return Conflicts.resolve(merge(CarryOvers.settle(all, funding.stated, folded)));
    }

    /** Same key and value stated in several places: one proposal citing each place, the highest confidence. */
    static List<Proposal> merge(List<Proposal> all) {
        Map<String, Proposal> byKey = new LinkedHashMap<>();
        for (Proposal p : all) {
            byKey.merge(p.identity(), p, (a, b) -> {
                List<Proposal.Citation> cites = new ArrayList<>(a.citations());
                cites.addAll(b.citations());
                List<Reason> reasons = new ArrayList<>(a.reasons());
                b.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
                return a.reviewed(cites, Math.max(a.confidence(), b.confidence()), reasons);
            });
        }
        return List.copyOf(byKey.values());
    }
}
