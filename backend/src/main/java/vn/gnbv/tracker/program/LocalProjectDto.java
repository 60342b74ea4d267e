package vn.gnbv.tracker.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.LocalProject.Status;

/** Request and response bodies of /local-projects. */
public final class LocalProjectDto {
    private LocalProjectDto() {}

    public record BudgetInput(
            @JsonDeserialize(using = Decimals.VndDeserializer.class) @PositiveOrZero
            Long stateVnd,

            @JsonDeserialize(using = Decimals.VndDeserializer.class) @PositiveOrZero
            Long peopleCounterpartVnd,

            @JsonDeserialize(using = Decimals.VndDeserializer.class) @PositiveOrZero
            Long otherVnd) {
        static final BudgetInput ZERO = new BudgetInput(0L, 0L, 0L);
    }

    public record HouseholdsInput(
            @PositiveOrZero Integer poor,
            @PositiveOrZero Integer nearPoor,
            @PositiveOrZero Integer newlyEscaped,
            @PositiveOrZero Integer ethnicMinority,
            @PositiveOrZero Integer other) {
        static final HouseholdsInput ZERO = new HouseholdsInput(0, 0, 0, 0, 0);
    }

    public record Input(
            @NotBlank @Size(max = MaxLength.CODE) String program,
            @NotBlank @Size(max = MaxLength.CODE) String component,
            @NotBlank @Size(max = MaxLength.UNIT_CODE) String unit,
            LocalDate unitAsOf,
            @NotBlank @Size(max = MaxLength.NAME) String name,
            @Size(max = MaxLength.NAME) String approvalReference,
            LocalDate startDate,
            LocalDate endDate,
            @NotNull Status status,
            @Valid BudgetInput budget,
            @Valid HouseholdsInput households,
            @Size(max = MaxLength.NOTE) String note) {

        /** NFC-trimmed text, and omitted amounts and counts as 0. */
        Input cleaned() {
            BudgetInput b = budget == null
                    ? BudgetInput.ZERO
                    : new BudgetInput(
                            orZero(budget.stateVnd()),
                            orZero(budget.peopleCounterpartVnd()),
                            orZero(budget.otherVnd()));
            HouseholdsInput h = households == null
                    ? HouseholdsInput.ZERO
                    : new HouseholdsInput(
                            orZero(households.poor()),
                            orZero(households.nearPoor()),
                            orZero(households.newlyEscaped()),
                            orZero(households.ethnicMinority()),
                            orZero(households.other()));
            return new Input(
                    Text.clean(program),
                    Text.clean(component),
                    Text.clean(unit),
                    unitAsOf,
                    Text.clean(name),
                    Text.clean(approvalReference),
                    startDate,
                    endDate,
                    status,
                    b,
                    h,
                    Text.clean(note));
        }

        BudgetInput budgetOrZero() {
            return budget == null ? BudgetInput.ZERO : budget;
        }

        HouseholdsInput householdsOrZero() {
            return households == null ? HouseholdsInput.ZERO : households;
        }

        private static long orZero(Long v) {
            return v == null ? 0L : v;
        }

        private static int orZero(Integer v) {
            return v == null ? 0 : v;
        }
    }

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
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
