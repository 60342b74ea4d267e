package vn.gnbv.tracker.approval;

/**
 * The sign-off's state machine: DRAFT or RETURNED → SUBMITTED (the unit's officers); SUBMITTED → APPROVED or RETURNED
 * (the level above; returning needs a reason); APPROVED → DRAFT (the level above reopens, with a reason). Nothing
 * else.
 */
final class ApprovalRules {
    private ApprovalRules() {}

    static boolean legal(SignOffStatus from, SignOffStatus to) {
        return switch (to) {
            case SUBMITTED -> from == SignOffStatus.DRAFT || from == SignOffStatus.RETURNED;
            case APPROVED, RETURNED -> from == SignOffStatus.SUBMITTED;
            case DRAFT -> from == SignOffStatus.APPROVED;
        };
    }

    /** Returning and reopening say why. */
    static boolean needsReason(SignOffStatus to) {
        return to == SignOffStatus.RETURNED || to == SignOffStatus.DRAFT;
    }
}
