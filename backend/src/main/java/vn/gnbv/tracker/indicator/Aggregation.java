package vn.gnbv.tracker.indicator;

/** How values of an indicator combine over the unit tree. */
public enum Aggregation {
    /** Counts and amounts: a unit's figure is its own value, else the sum of its children's. */
    SUM,
    /** Rates: Σnumerator / Σdenominator × scale, never the mean of the children's rates. */
    RATIO,
    /** Not combinable (e.g. a change in rate): only a unit's own value is ever shown. */
    NONE
}
