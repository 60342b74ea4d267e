package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure read from a report, proposed for review: every key field of its dataset, the amount (exact đồng) or value,
 * the quote and where it was read (one citation per place it is stated), a confidence in [0, 1] and the reason for
 * anything uncertain. A proposal is a draft: nothing is written to figures until a reviewer commits it.
 */
public record Proposal(
        Dataset dataset,
        String program,
        String component,
        String unit,
        Integer year,
        String source,
        String capitalType,
        String measure,
        String implementingBody,
        Integer originYear,
        Long amountVnd,
        String indicator,
        String period,
        String kind,
        String category,
        BigDecimal value,
        Project project,
        String quote,
        List<Citation> citations,
        double confidence,
        List<Reason> reasons) {

    public enum Dataset {
        FUNDING_LINES("funding-lines"),
        INDICATOR_VALUES("indicator-values"),
        LOCAL_PROJECTS("local-projects");

        public final String path;

        Dataset(String path) {
            this.path = path;
        }
    }

    /**
     * A local project's own fields (LOCAL_PROJECTS only): its name as printed, status, budget by source in exact đồng
     * (0 when not stated, as the upload reads an empty cell) and participating households by group (null: not stated).
     */
    public record Project(
            String name,
            String status,
            long budgetStateVnd,
            long budgetPeopleCounterpartVnd,
            long budgetOtherVnd,
            Integer householdsPoor,
            Integer householdsNearPoor,
            Integer householdsNewlyEscaped,
            Integer householdsEthnicMinority,
            Integer householdsOther) {
        /** The figures without the name and status (free text and a judgement), as the evaluation compares them. */
        public String figures() {
            return budgetStateVnd + "," + budgetPeopleCounterpartVnd + "," + budgetOtherVnd + "," + s(householdsPoor)
                    + "," + s(householdsNearPoor) + "," + s(householdsNewlyEscaped) + "," + s(householdsEthnicMinority)
                    + "," + s(householdsOther);
        }
    }

    /** A funding line read from a report: its key, amount, quote and citations. */
    public static Proposal funding(
            String program,
            String component,
            String unit,
            Integer year,
            String source,
            String capitalType,
            String measure,
            String implementingBody,
            Integer originYear,
            Long amountVnd,
            String quote,
            List<Citation> citations,
            double confidence,
            List<Reason> reasons) {
        return new Proposal(
                Dataset.FUNDING_LINES,
                program,
                component,
                unit,
                year,
                source,
                capitalType,
                measure,
                implementingBody,
                originYear,
                amountVnd,
                null,
                null,
                null,
                null,
                null,
                null,
                quote,
                List.copyOf(citations),
                confidence,
                List.copyOf(reasons));
    }

    /** An indicator value read from a report (no program: indicators are the catalogue's). */
    public static Proposal indicatorValue(
            String unit,
            String indicator,
            String period,
            String kind,
            String category,
            BigDecimal value,
            String quote,
            List<Citation> citations,
            double confidence,
            List<Reason> reasons) {
        return new Proposal(
                Dataset.INDICATOR_VALUES,
                null,
                null,
                unit,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                indicator,
                period,
                kind,
                category,
                value,
                null,
                quote,
                List.copyOf(citations),
                confidence,
                List.copyOf(reasons));
    }

    /** A local project read from a report, under its program's component at a unit. */
    public static Proposal localProject(
            String program,
            String component,
            String unit,
            Project project,
            String quote,
            List<Citation> citations,
            double confidence,
            List<Reason> reasons) {
        return new Proposal(
                Dataset.LOCAL_PROJECTS,
                program,
                component,
                unit,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                project,
                quote,
                List.copyOf(citations),
                confidence,
                List.copyOf(reasons));
    }

    /** Where a figure is stated: the block's locator and the figure's offsets in the document's text. */
    public record Citation(String locator, int start, int end) {}

    /** The same figure and key with other citations, confidence and reasons: what merging or flagging it changes. */
    public Proposal reviewed(List<Citation> citations, double confidence, List<Reason> reasons) {
        return new Proposal(
                dataset,
                program,
                component,
                unit,
                year,
                source,
                capitalType,
                measure,
                implementingBody,
                originYear,
                amountVnd,
                indicator,
                period,
                kind,
                category,
                value,
                project,
                quote,
                List.copyOf(citations),
                confidence,
                List.copyOf(reasons));
    }

    /** The full key and value: two proposals with the same one are the same figure stated twice. */
    public String identity() {
        if (dataset == Dataset.LOCAL_PROJECTS) {
            return String.join(
                    "|", "L", program, s(component), unit, project.name(), project.status(), project.figures());
        }
        return dataset == Dataset.FUNDING_LINES
                ? String.join(
                        "|",
                        "F",
                        program,
                        s(component),
                        unit,
                        s(year),
                        source,
                        capitalType,
                        measure,
                        s(implementingBody),
                        s(originYear),
                        s(amountVnd))
                : String.join(
                        "|",
                        "I",
                        indicator,
                        unit,
                        period,
                        kind,
                        s(category),
                        value.stripTrailingZeros().toPlainString());
    }

    /**
     * A local project as the evaluation matches it: phase, component, unit and its figures. The name is free text a
     * reviewer words as they like and the status a judgement: neither is part of the match (docs/extraction.md).
     */
    public String projectKey() {
        return String.join("|", "L", program, s(component), unit, project.figures());
    }

    static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
