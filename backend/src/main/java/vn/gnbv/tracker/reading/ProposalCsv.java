package vn.gnbv.tracker.reading;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gnbv.tracker.common.CsvCells;
import vn.gnbv.tracker.reading.ReadingDtos.Fields;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;

/**
 * A report's proposals of one dataset as canonical CSV version 1 (the upload's columns, so a script can fix the file
 * and upload it), then the review columns the upload skips. Cells a spreadsheet would run are protected (CsvCells).
 */
final class ProposalCsv {
    static final List<String> FUNDING = List.of(
            "program",
            "component",
            "unit",
            "year",
            "source",
            "capital_type",
            "measure",
            "amount_vnd",
            "implementing_body",
            "origin_year");
    static final List<String> INDICATORS = List.of("indicator", "unit", "period", "kind", "category", "value");
    static final List<String> PROJECTS = List.of(
            "program",
            "component",
            "unit",
            "name",
            "status",
            "budget_state_vnd",
            "budget_people_counterpart_vnd",
            "budget_other_vnd",
            "households_poor",
            "households_near_poor",
            "households_newly_escaped",
            "households_ethnic_minority",
            "households_other");
    /** The ingest CSV reader skips these (its REVIEW_COLUMNS); report and locator are upload columns. */
    static final List<String> REVIEW = List.of("proposal_id", "proposal_status", "confidence", "quote", "reasons");

    private ProposalCsv() {}

    static String write(String dataset, long report, List<ProposalView> rows) {
        List<String> header = new ArrayList<>(
                switch (dataset) {
                    case ProposalRows.FUNDING -> FUNDING;
                    case ProposalRows.PROJECTS -> PROJECTS;
                    default -> INDICATORS;
                });
        header.add("report");
        header.add("locator");
        header.addAll(REVIEW);
        StringWriter out = new StringWriter();
        try {
            CsvCells.writeRow(out, header.toArray(String[]::new));
            for (ProposalView p : rows) {
                List<String> cells = new ArrayList<>(
                        switch (dataset) {
                            case ProposalRows.FUNDING -> funding(p.fields());
                            case ProposalRows.PROJECTS -> project(p.fields());
                            default -> indicator(p.fields());
                        });
                cells.add(Long.toString(report));
                cells.add(ProposalRows.locator(p.citations()));
                cells.add(Long.toString(p.id()));
                cells.add(p.status().name());
                cells.add(Double.toString(p.confidence()));
                cells.add(p.quote());
                // the codes, stable for scripts (the messages are in the JSON listing)
                cells.add(String.join(
                        "; ", p.reasons().stream().map(r -> r.code().name()).toList()));
                CsvCells.writeRow(out, cells.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> funding(Fields f) {
        return List.of(
                s(f.program()),
                s(f.component()),
                s(f.unit()),
                s(f.year()),
                s(f.source()),
                s(f.capitalType()),
                s(f.measure()),
                s(f.amountVnd()),
                s(f.implementingBody()),
                s(f.originYear()));
    }

    private static List<String> indicator(Fields f) {
        return List.of(s(f.indicator()), s(f.unit()), s(f.period()), s(f.kind()), s(f.category()), s(f.value()));
    }

    private static List<String> project(Fields f) {
        return List.of(
                s(f.program()),
                s(f.component()),
                s(f.unit()),
                s(f.name()),
                s(f.status()),
                s(f.budgetStateVnd()),
                s(f.budgetPeopleCounterpartVnd()),
                s(f.budgetOtherVnd()),
                s(f.householdsPoor()),
                s(f.householdsNearPoor()),
                s(f.householdsNewlyEscaped()),
                s(f.householdsEthnicMinority()),
                s(f.householdsOther()));
    }

    private static String s(Object o) {
        return Objects.toString(o, "");
    }
}
