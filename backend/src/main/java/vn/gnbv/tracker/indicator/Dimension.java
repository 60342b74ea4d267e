package vn.gnbv.tracker.indicator;

/** The income threshold and the six basic-service dimensions of the multidimensional poverty standard. */
public enum Dimension {
    INCOME,
    EMPLOYMENT,
    HEALTH,
    EDUCATION,
    HOUSING,
    WATER_SANITATION,
    INFORMATION
}
