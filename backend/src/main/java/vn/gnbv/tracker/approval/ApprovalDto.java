package vn.gnbv.tracker.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import vn.gnbv.tracker.geo.UnitRef;

/** The approval resources as openapi.yaml shows them (schemas Approval, ApprovalStatusInput, …). */
public final class ApprovalDto {
    private ApprovalDto() {}

    /**
     * A sign-off: {@code id} absent for a key without a row (DRAFT, version 0). {@code allowedTransitions} are the
     * statuses the caller may move it to now; {@code pendingChildren} and {@code blockingFindings} are given when the
     * sign-off is read by its key (and in the refusals they cause).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            Long id,
            UnitRef unit,
            String program,
            SignOffDataset dataset,
            String period,
            SignOffStatus status,
            String reason,
            String changedBy,
            Instant changedAt,
            int version,
            List<SignOffStatus> allowedTransitions,
            List<Child> pendingChildren,
            List<BlockingFinding> blockingFindings) {}

    /** A child unit with figures whose sign-off is not approved yet (no row: DRAFT). */
    public record Child(UnitRef unit, SignOffStatus status) {}

    /** An open finding of high severity that blocks a submission until it is explained or confirmed. */
    public record BlockingFinding(
            long id, String rule, String severity, UnitRef unit, Integer fiscalYear, String period) {}

    /** A transition: the status wanted and, to return or reopen, why. */
    public record StatusInput(
            @NotNull SignOffStatus status, @Size(max = 2000) String reason) {}

    /** The problem members of APPROVAL_CHILDREN_PENDING. */
    public record ChildrenPending(List<Child> pendingChildren) {}

    /** The problem members of APPROVAL_BLOCKED_BY_FINDINGS. */
    public record Blocked(List<BlockingFinding> blockingFindings) {}
}
