package vn.gnbv.tracker.indicator;

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
            Boolean hasCategories,
            @Size(max = MaxLength.NOTE) String description) {}

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
            String description,
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
            @Size(max = MaxLength.LOCATOR) String locator) {}

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
            boolean current) {}

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
            List<PartialUnit> partialUnits) {}

    public record RollupChildren(Rollup target, List<Rollup> children) {}
}
