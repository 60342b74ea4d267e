package vn.gnbv.tracker.finding;

/** openapi.yaml FindingRule: the built-in rules (docs/findings.md), in V080's and V081's order. */
public enum FindingRuleCode {
    TOTAL_VS_PARTS,
    AVAILABLE_VS_FLOWS,
    CARRY_OVER_CHAIN,
    DISBURSED_OVER_AVAILABLE,
    ALLOCATED_OVER_ASSIGNED,
    RETURNED_OVER_CARRIED_IN,
    RATE_VS_COUNTS,
    SHARE_OUT_OF_RANGE,
    MAGNITUDE,
    REPORTS_DISAGREE,
    CATEGORIES_VS_TOTAL,
    YEARS_VS_PERIOD,
    CHANGE_VS_LEVELS,
    MAGNITUDE_VS_HISTORY,
    YEAR_OVER_YEAR_JUMP
}
