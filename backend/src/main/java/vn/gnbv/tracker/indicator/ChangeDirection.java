package vn.gnbv.tracker.indicator;

/** Which way an indicator that states a change of a level measures it (docs/findings.md, CHANGE_VS_LEVELS). */
public enum ChangeDirection {
    /** The level at the start of the period minus the level at its end ("giảm 2,69 %"). */
    DECREASE,
    /** The level at the end minus the level at the start. */
    INCREASE
}
