package vn.gnbv.tracker.common;

/**
 * The catalogue of what can be wrong with one field, parameter or upload row: the {@code code} of each entry of a
 * problem's {@code errors[]}. No HTTP status of its own (the problem has one). The contract lists the same names
 * (schema ViolationCode in openapi.yaml); a test fails when the two differ.
 */
public enum ViolationCode {
    // presence, type and shape of one value
    MISSING,
    WRONG_TYPE,
    INVALID_VALUE,
    INVALID_FORMAT,
    TOO_LONG,
    TOO_SHORT,
    OUT_OF_RANGE,
    TOO_LARGE,
    INVALID_CHARACTER,
    INVALID_PARAMETER,
    INVALID_CURSOR,
    /** A query parameter the operation does not take (it would otherwise be silently ignored). */
    UNKNOWN_PARAMETER,
    CONFLICTING_PARAMETERS,
    EMPTY_RANGE,
    NOT_A_BOOLEAN,
    NOT_A_DATE,
    NOT_A_DATE_TIME,
    NOT_AN_INTEGER,
    INVALID_DATE,
    INVALID_YEAR,
    INVALID_PERIOD,
    UNKNOWN_CODE,
    UNKNOWN_GROUP,
    // numbers: one rule for single writes and uploads (Decimals)
    NOT_A_DECIMAL,
    NEGATIVE_VALUE,
    TOO_PRECISE,
    INVALID_AMOUNT,
    NEGATIVE_AMOUNT,
    AMOUNT_OUT_OF_RANGE,
    AMOUNT_CONFLICT,
    // references and rules of the domain
    UNKNOWN_UNIT,
    UNKNOWN_PROGRAM,
    UNKNOWN_COMPONENT,
    UNKNOWN_INDICATOR,
    UNKNOWN_REPORT,
    REPORT_MISMATCH,
    UNKNOWN_PARENT,
    OUT_OF_SCOPE,
    NOT_ALLOWED,
    CODE_FORMAT,
    BAD_CODE,
    BEFORE_START,
    BEFORE_VALID_FROM,
    SAME_UNIT,
    PREDECESSOR_NOT_ENDED,
    SUCCESSOR_NOT_VALID,
    PARENT_NOT_ALLOWED,
    PARENT_NOT_VALID,
    WRONG_PARENT_LEVEL,
    WRONG_PARENT_KIND,
    OTHER_PROGRAM,
    SELF_PARENT,
    HAS_CHILDREN,
    CHILD_OUTSIDE_VALIDITY,
    CATEGORY_NOT_ALLOWED,
    UNKNOWN_CATEGORY,
    DUPLICATE_CATEGORY,
    COMPARATOR_NOT_ALLOWED,
    SAME_AS_NUMERATOR,
    NOT_A_SUM_INDICATOR,
    ORIGIN_AFTER_FISCAL_YEAR,
    FISCAL_YEAR_OUTSIDE_PROGRAM,
    // upload rows
    WRONG_CELL_COUNT,
    NOT_AN_OBJECT,
    UNKNOWN_FIELD,
    DUPLICATE_FIELD,
    DUPLICATE_KEY_IN_BATCH,
    KEY_EXISTS,
    /** An upload row, or a figure a replace would delete, whose figures are approved (locked). */
    PERIOD_LOCKED,
    // a whole upload body refused: its report's one entry repeats the problem's code
    MALFORMED_JSON,
    MALFORMED_CSV,
    CSV_HEADER_INVALID,
    INVALID_ENCODING,
    UNSUPPORTED_ENCODING,
    BATCH_TOO_LARGE,
    PAYLOAD_TOO_LARGE;

    /** The entry that stands for a whole upload body refused with this problem code. */
    public static ViolationCode of(ErrorCode whole) {
        return valueOf(whole.name());
    }
}
