package vn.gnbv.tracker.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.program.ProgramComponent.Kind;

/** Request and response bodies of program components. */
public final class ComponentDto {
    private ComponentDto() {}

    public record Input(
            Long parentId,
            @NotNull Kind kind,

            @NotBlank
            @Size(max = 60)
            @Pattern(
                    regexp = "^[A-Za-z0-9]+(\\.[A-Za-z0-9_-]+)*$",
                    message = "must be dot-separated segments of letters, digits, '_' or '-'")
            String code,

            @NotBlank @Size(max = MaxLength.NAME) String nameVi,
            @Size(max = MaxLength.NAME) String nameEn,
            Integer sortOrder) {

        Input cleaned() {
            return new Input(
                    parentId,
                    kind,
                    Text.clean(code),
                    Text.clean(nameVi),
                    Text.clean(nameEn),
                    sortOrder == null ? 0 : sortOrder);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            long id,
            long programId,
            String programCode,
            Long parentId,
            String parentCode,
            int depth,
            Kind kind,
            String code,
            String nameVi,
            String nameEn,
            int sortOrder,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static View of(ProgramComponent c, String programCode, ProgramComponent parent, int depth) {
            return new View(
                    c.getId(),
                    c.getProgramId(),
                    programCode,
                    c.getParentId(),
                    parent == null ? null : parent.getCode(),
                    depth,
                    c.getKind(),
                    c.getCode(),
                    c.getNameVi(),
                    c.getNameEn(),
                    c.getSortOrder(),
                    c.getVersion(),
                    c.getCreatedAt(),
                    c.getUpdatedAt());
        }
    }

    /** The whole tree of a program; deliberately not paginated. */
    public record Tree(List<View> items) {}
}
