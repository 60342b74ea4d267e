package vn.gnbv.tracker.approval;

/**
 * Where a unit's figures stand on their way up: DRAFT (being entered), SUBMITTED (waiting for the level above),
 * APPROVED (locked), RETURNED (sent back with a reason; entered again and resubmitted like a draft).
 */
public enum SignOffStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
