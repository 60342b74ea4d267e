package vn.gnbv.tracker.program;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.program.ProgramComponent.Kind;

/**
 * The shape rules of a program's tree. A child's code starts with its parent's code and a dot, so the code is also
 * the component's path: "DA3" and everything under it is {@code code = 'DA3' or code like 'DA3.%'}.
 */
final class ComponentRules {
    private static final Pattern PROJECT_CODE = Pattern.compile("DA[0-9]+");
    private static final String SUB_PROJECT_SUFFIX = "\\.TDA[0-9]+";
    private static final String CONTENT_SUFFIX = "\\.[A-Za-z0-9][A-Za-z0-9_-]*";

    private ComponentRules() {}

    /**
     * Checks kind, parent and code together and reports every broken rule at once (422).
     *
     * @param parent the component named by {@code in.parentId()}, or null when absent or unknown
     */
    static void check(long programId, Long selfId, ComponentDto.Input in, ProgramComponent parent) {
        List<Violation> errors = new ArrayList<>();
        if (in.kind() == Kind.PROJECT) {
            if (in.parentId() != null) {
                errors.add(Violation.field("parentId", ViolationCode.NOT_ALLOWED, "A PROJECT has no parent"));
            }
            if (!PROJECT_CODE.matcher(in.code()).matches()) {
                errors.add(Violation.field("code", ViolationCode.BAD_CODE, "A PROJECT's code is DA<n>, e.g. DA4"));
            }
        } else if (in.parentId() == null) {
            errors.add(Violation.field("parentId", ViolationCode.MISSING, "A " + in.kind() + " needs a parent"));
        } else if (parent == null) {
            errors.add(
                    Violation.field("parentId", ViolationCode.UNKNOWN_PARENT, "No component has id " + in.parentId()));
        } else if (parent.getProgramId() != programId) {
            errors.add(
                    Violation.field("parentId", ViolationCode.OTHER_PROGRAM, "The parent belongs to another program"));
        } else if (parent.getId().equals(selfId)) {
            errors.add(Violation.field("parentId", ViolationCode.SELF_PARENT, "A component cannot be its own parent"));
        } else {
            checkUnderParent(in, parent, errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ErrorCode.VALIDATION_FAILED, "The component breaks the program's structure rules", errors);
        }
    }

    private static void checkUnderParent(ComponentDto.Input in, ProgramComponent parent, List<Violation> errors) {
        boolean sub = in.kind() == Kind.SUB_PROJECT;
        boolean parentOk = sub ? parent.getKind() == Kind.PROJECT : parent.getKind() != Kind.CONTENT;
        if (!parentOk) {
            errors.add(Violation.field(
                    "parentId",
                    ViolationCode.WRONG_PARENT_KIND,
                    sub ? "A SUB_PROJECT sits under a PROJECT" : "A CONTENT sits under a PROJECT or a SUB_PROJECT"));
        }
        String suffix = sub ? SUB_PROJECT_SUFFIX : CONTENT_SUFFIX;
        if (!in.code().matches(Pattern.quote(parent.getCode()) + suffix)) {
            errors.add(Violation.field(
                    "code",
                    ViolationCode.BAD_CODE,
                    sub
                            ? "A SUB_PROJECT's code is <parent>.TDA<n>, e.g. " + parent.getCode() + ".TDA1"
                            : "A CONTENT's code is <parent>.<suffix>, e.g. " + parent.getCode() + ".ND1"));
        }
    }

    static int depth(Kind kind, ProgramComponent parent) {
        if (kind == Kind.PROJECT) {
            return 0;
        }
        return parent != null && parent.getKind() == Kind.SUB_PROJECT ? 2 : 1;
    }
}
