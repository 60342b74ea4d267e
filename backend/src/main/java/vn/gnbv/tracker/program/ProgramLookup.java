package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;

/** Resolves program and component codes for other features (funding, bulk upload, reports). */
@ApplicationScoped
public class ProgramLookup {
    public record ProgramRef(long id, String code, int startYear, int endYear) {}

    public record ComponentRef(long id, long programId, String code, String kind, String nameVi, Long parentId) {}

    @Inject
    ProgramRepository programs;

    @Inject
    ComponentRepository components;

    /** The program with this code, or 422 naming {@code field}. */
    public ProgramRef requireProgram(String field, String code) {
        return programs.refByCode(code)
                .orElseThrow(() ->
                        ApiException.invalid(field, ViolationCode.UNKNOWN_PROGRAM, "No program has code " + code));
    }

    /** The component with this code in the program, or 422 naming {@code field}. */
    public ComponentRef requireComponent(String field, ProgramRef program, String code) {
        return components
                .byCode(program.id(), code)
                .map(c -> new ComponentRef(
                        c.getId(), c.getProgramId(), c.getCode(), c.getKind().name(), c.getNameVi(), c.getParentId()))
                .orElseThrow(() -> ApiException.invalid(
                        field,
                        ViolationCode.UNKNOWN_COMPONENT,
                        "Program " + program.code() + " has no component " + code));
    }

    /** Whether the program approves a parent unit's sign-off only after its children's (ProgramDto approvalChildrenFirst). */
    public boolean approvalChildrenFirst(long programId) {
        return programs.findByIdOptional(programId)
                .map(Program::isApprovalChildrenFirst)
                .orElse(true);
    }

    /** Whether any component with this code exists (in the program, when given). */
    public boolean componentExists(String code, Long programId) {
        return programId == null
                ? components.codeExists(code)
                : components.byCode(programId, code).isPresent();
    }
}
