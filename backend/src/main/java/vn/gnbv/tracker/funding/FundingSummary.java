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
        List<Row> rows,
        List<YearTotal> totals,
        FundingReform.Treatment reform) {

    public enum ComponentLevel {
        LEAF,
        PROJECT
    }

    public record ComponentRef(long id, String code, String kind, String nameVi) {}

    /** A null component is the program as a whole; a null fiscal year is the whole phase. */
    public record Row(
            ComponentRef component,
            Integer fiscalYear,
            @JsonInclude(JsonInclude.Include.NON_NULL) FundingSource source,
            @JsonInclude(JsonInclude.Include.NON_NULL) CapitalType capitalType,
            @JsonUnwrapped FundingFigures figures) {}

    public record YearTotal(
            Integer fiscalYear, @JsonUnwrapped FundingFigures figures) {}

    /** openapi.yaml FundingChildren: one fiscal year of a unit, split over its child units. */
    public record Children(
            String program,
            UnitRef unit,
            LocalDate asOf,
            int fiscalYear,
            String component,
            List<Child> children,
            FundingFigures own,
            FundingFigures total,
            FundingReform.Treatment reform) {}

    public record Child(UnitRef unit, @JsonUnwrapped FundingFigures figures) {}
}
