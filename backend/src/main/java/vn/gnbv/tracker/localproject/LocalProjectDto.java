package vn.gnbv.tracker.localproject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.localproject.LocalProject.Status;

/** Request and response bodies of /local-projects. */
public final class LocalProjectDto {
    private LocalProjectDto() {}

    /** Exact VND; omitted amounts are 0. Money follows the number rule as it is read (1.5 is 422, never rounded). */
    public record BudgetInput(
            @JsonDeserialize(using = Decimals.VndDeserializer.class)
            Long stateVnd,

            @JsonDeserialize(using = Decimals.VndDeserializer.class)
            Long peopleCounterpartVnd,

            @JsonDeserialize(using = Decimals.VndDeserializer.class)
            Long otherVnd) {}

    /** Participating households as the source breaks them down; omitted counts are 0. */
    public record HouseholdsInput(
            Integer poor, Integer nearPoor, Integer newlyEscaped, Integer ethnicMinority, Integer other) {}

    /**
     * A project as clients write it: codes, not ids. Every rule (required fields, limits, non-negative numbers, codes
     * that exist) is {@link LocalProjectRules}', shared with uploads; {@code @Size} states the contract's limits.
     */
    public record Input(
            @Size(max = MaxLength.CODE) String program,
            @Size(max = MaxLength.CODE) String component,
            @Size(max = MaxLength.UNIT_CODE) String unit,
            LocalDate unitAsOf,
            @Size(max = MaxLength.NAME) String name,
            @Size(max = MaxLength.NAME) String approvalReference,
            LocalDate startDate,
            LocalDate endDate,
            Status status,
            BudgetInput budget,
            HouseholdsInput households,
            @Size(max = MaxLength.NOTE) String note,
            Long reportId,
            @Size(max = MaxLength.LOCATOR) String locator) {}

    public record Budget(long stateVnd, long peopleCounterpartVnd, long otherVnd, long totalVnd) {}

    public record Households(int poor, int nearPoor, int newlyEscaped, int ethnicMinority, int other, int total) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            long id,
            String programCode,
            long componentId,
            String componentCode,
            UnitRef unit,
            String name,
            String approvalReference,
            LocalDate startDate,
            LocalDate endDate,
            Status status,
            Budget budget,
            Households households,
            String note,
            Long reportId,
            String locator,
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
