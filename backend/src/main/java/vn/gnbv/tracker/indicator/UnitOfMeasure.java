package vn.gnbv.tracker.indicator;

/**
 * What an indicator counts or measures. "Lượt" units count times served, not distinct people or households: the
 * documents report health-insurance cards and electricity support that way, and the two must never be added up.
 */
public enum UnitOfMeasure {
    HOUSEHOLD(true),
    HOUSEHOLD_TIME(true),
    PERSON(true),
    PERSON_TIME(true),
    COUNT(true),
    PERCENT(false),
    VND(true),
    /** Quantities in kilograms (rice support): not necessarily whole. */
    KILOGRAM(false);

    private final boolean wholeNumber;

    UnitOfMeasure(boolean wholeNumber) {
        this.wholeNumber = wholeNumber;
    }

    /** Values are non-negative integers (counts, and VND, which has no smaller unit). */
    public boolean wholeNumber() {
        return wholeNumber;
    }
}
