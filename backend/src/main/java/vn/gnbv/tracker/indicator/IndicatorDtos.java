package vn.gnbv.tracker.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.geo.UnitRef;

/** The JSON shapes of the indicator API (openapi.yaml, indicator schemas). Decimals travel as strings. */
public final class IndicatorDtos {
    private IndicatorDtos() {}

    public record IndicatorInput(
            @NotBlank
            @Size(max = 64)
            @Pattern(regexp = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", message = "must be UPPER_SNAKE_CASE, e.g. POOR_RATE")
            String code,

            @NotBlank @Size(max = MaxLength.NAME) String nameVi,
            @Size(max = MaxLength.NAME) String nameEn,
            @NotNull UnitOfMeasure unitOfMeasure,
            @NotNull Aggregation aggregation,
            @Size(max = MaxLength.CODE) String numerator,
            @Size(max = MaxLength.CODE) String denominator,
            @Min(1) @Max(1_000_000) Integer scale,
            Dimension dimension,
            // The whole code list, in order: codes missing from it are deleted (refused while values use them).
            @Size(max = 200) List<@Valid @NotNull CategoryInput> categories,
            @Size(max = MaxLength.NOTE) String description,
            // Findings (V081): values add over time; the level indicator whose change this one states, and how.
            Boolean addsOverTime,
            @Size(max = MaxLength.CODE) String changeOf,
            ChangeDirection changeDirection) {}

    /** One code of an indicator's disaggregation list. */
    public record CategoryInput(
            @NotBlank
            @Size(max = 64)
            @Pattern(regexp = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", message = "must be UPPER_SNAKE_CASE, e.g. NEAR_POOR")
            String code,

            @NotBlank @Size(max = MaxLength.NAME) String nameVi,
            @Size(max = MaxLength.NAME) String nameEn,
            // The codes sharing a partition split the total: disjoint, together the whole (SUM indicators only).
            @Size(max = 64)
            @Pattern(regexp = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", message = "must be UPPER_SNAKE_CASE, e.g. TARGET_GROUP")
            String partition) {}

    public record CategoryView(String code, String nameVi, String nameEn, String partition) {}

    public record IndicatorView(
            long id,
            String code,
            String nameVi,
            String nameEn,
            UnitOfMeasure unitOfMeasure,
            Aggregation aggregation,
            String numerator,
            String denominator,
            int scale,
            Dimension dimension,
            boolean hasCategories,
            List<CategoryView> categories,
            String description,
            boolean addsOverTime,
            String changeOf,
            ChangeDirection changeDirection,
            int version) {}

    public record ValueInput(
            @NotBlank @Size(max = MaxLength.CODE) String indicator,
            @NotBlank @Size(max = MaxLength.UNIT_CODE) String unit,
            LocalDate unitAsOf,
            @NotBlank @Size(max = MaxLength.PERIOD) String period,
            @NotNull ValueKind kind,
            @Size(max = MaxLength.CATEGORY) String category,
            // A string so no digit is lost on the way in; numbers are tolerated (Jackson keeps their literal text).
            @NotBlank @Size(max = MaxLength.VALUE) String value,
            @Size(max = MaxLength.NOTE) String note,
            Long reportId,
            @Size(max = MaxLength.LOCATOR) String locator,
            // A string checked by the shared value rules, so uploads and single writes refuse the same way.
            @Size(max = MaxLength.CODE) String comparator) {}

    public record ValueView(
            long id,
            String indicator,
            UnitRef unit,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            ValueKind kind,
            String category,
            String value,
            String note,
            int version,
            Long reportId,
            String locator,
            boolean current,
            TargetComparator comparator) {}

    public enum PartialReason {
        PARTIAL_SUCCESSION,
        OVERLAPS_NEWER_VALUE
    }

    public record PartialUnit(
            UnitRef unit,
            String value,
            String numerator,
            String denominator,
            List<UnitRef> successorsInside,
            List<UnitRef> successorsOutside,
            PartialReason reason) {}

    public record Rollup(
            String indicator,
            Aggregation aggregation,
            UnitRef unit,
            LocalDate asOf,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            ValueKind kind,
            String category,
            String value,
            String numerator,
            String denominator,
            String reportedValue,
            String childrenValue,
            int contributingUnits,
            String method,
            String partialHandling,
            List<PartialUnit> partialUnits,
            TargetCheck target) {}

    /**
     * The unit's own TARGET for the same indicator, period and category beside an ACTUAL or ESTIMATE roll-up, and
     * whether the roll-up meets it by the target's comparator (null: no comparator, APPROX, or nothing to compare).
     */
    public record TargetCheck(String value, TargetComparator comparator, String actual, Boolean met) {}

    public record RollupChildren(Rollup target, List<Rollup> children) {}
}
