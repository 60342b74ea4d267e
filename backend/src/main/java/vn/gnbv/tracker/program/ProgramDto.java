package vn.gnbv.tracker.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Text;

/** Request and response bodies of /programs. */
public final class ProgramDto {
    private ProgramDto() {}

    public record Input(
            @NotBlank
            @Size(max = 40)
            @Pattern(
                    regexp = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{4}$",
                    message = "must look like GNBV-2021-2025: upper-case segments, then the start and end years")
            String code,

            @NotBlank @Size(max = MaxLength.NAME) String nameVi,
            @Size(max = MaxLength.NAME) String nameEn,
            @NotNull @Min(1990) @Max(2100) Integer startYear,
            @NotNull @Min(1990) @Max(2100) Integer endYear,
            @Size(max = MaxLength.LEGAL_BASIS) String legalBasis,
            // Absent: true (a parent's sign-off waits for its children's).
            Boolean approvalChildrenFirst) {

        Input cleaned() {
            return new Input(
                    Text.clean(code),
                    Text.clean(nameVi),
                    Text.clean(nameEn),
                    startYear,
                    endYear,
                    Text.clean(legalBasis),
                    approvalChildrenFirst);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            long id,
            String code,
            String nameVi,
            String nameEn,
            int startYear,
            int endYear,
            String legalBasis,
            boolean approvalChildrenFirst,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static View of(Program p) {
            return new View(
                    p.getId(),
                    p.getCode(),
                    p.getNameVi(),
                    p.getNameEn(),
                    p.getStartYear(),
                    p.getEndYear(),
                    p.getLegalBasis(),
                    p.isApprovalChildrenFirst(),
                    p.getVersion(),
                    p.getCreatedAt(),
                    p.getUpdatedAt());
        }
    }
}
