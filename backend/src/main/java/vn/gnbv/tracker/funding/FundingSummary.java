package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.geo.UnitRef;

/** openapi.yaml FundingSummary: a unit subtree's funding by component × fiscal year (× source × capital type). */
public record FundingSummary(
        String program,
        UnitRef unit,
        LocalDate asOf,
        ComponentLevel componentLevel,
        List<String> groupBy,
        Scope scope,
        List<Row> rows,
        List<YearTotal> totals,
        FundingReform.Treatment reform) {

    public enum ComponentLevel {
        LEAF,
        PROJECT
    }

    /** SUBTREE: the unit's whole subtree (and pre-reform units mapped in); OWN: lines on the unit itself only. */
    public enum Scope {
        SUBTREE,
        OWN
    }

    /**
     * Per cell, what lines state exactly at it ({@code reported}), what its parts add up to ({@code computed}) and
     * reported − computed; each absent when no measure has a value (see {@link CellSql}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stated(FundingMeasures reported, FundingMeasures computed, FundingMeasures difference) {
        static Stated fromRow(Object[] r, int o) {
            int n = FundingMeasures.COLUMNS;
            return new Stated(
                    FundingMeasures.fromRow(r, o),
                    FundingMeasures.fromRow(r, o + n),
                    FundingMeasures.fromRow(r, o + 2 * n));
        }
    }

    /** A cell's figures (reported where stated, else computed, per measure) beside its reported and computed sums. */
    public record Cell(
            @JsonUnwrapped FundingFigures figures,
            @JsonUnwrapped Stated stated) {}

    public record ComponentRef(long id, String code, String kind, String nameVi) {}

    /** A null fiscal year is the whole range of years asked for (the whole phase without one). */
    public record Row(
            ComponentRef component,
            Integer fiscalYear,
            @JsonInclude(JsonInclude.Include.NON_NULL) FundingSource source,
            @JsonInclude(JsonInclude.Include.NON_NULL) CapitalType capitalType,
            @JsonUnwrapped FundingFigures figures,
            @JsonUnwrapped Stated stated) {}

    /** The root of the summary (the program, or the component asked for) per year and over the range. */
    public record YearTotal(
            Integer fiscalYear,
            @JsonUnwrapped FundingFigures figures,
            @JsonUnwrapped Stated stated) {}

    /** openapi.yaml FundingChildren: one fiscal year of a unit, split over its child units. */
    public record Children(
            String program,
            UnitRef unit,
            LocalDate asOf,
            int fiscalYear,
            String component,
            List<Child> children,
            Cell own,
            Cell total,
            FundingReform.Treatment reform) {}

    public record Child(
            UnitRef unit,
            @JsonUnwrapped FundingFigures figures,
            @JsonUnwrapped Stated stated) {}
}
