package vn.gnbv.tracker.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The length limits of text fields (the contract's {@code maxLength}, the records' {@code @Size}), and their check
 * for rules that single writes and uploads share: every text over its limit is named at once (422 TOO_LONG) before
 * any rule reads it, so a 10 MB note never reaches a message, the database or the audit trail.
 */
public final class MaxLength {
    public static final int CODE = 64;
    public static final int UNIT_CODE = 16;
    public static final int PERIOD = 16;
    public static final int VALUE = 100;
    public static final int CATEGORY = 200;
    public static final int NAME = 500;
    public static final int REFERENCE = 1000;
    /** Where in a report a figure stands: section, table, page or line. */
    public static final int LOCATOR = 500;

    public static final int LEGAL_BASIS = 2000;
    public static final int NOTE = 4000;

    private final List<ProblemDetail.Violation> errors = new ArrayList<>();

    public MaxLength check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(ProblemDetail.Violation.field(
                    field, ViolationCode.TOO_LONG, field + " has more than " + max + " characters"));
        }
        return this;
    }

    /** Throws 422 VALIDATION_FAILED naming every field over its limit, if any. */
    public void enforce() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
