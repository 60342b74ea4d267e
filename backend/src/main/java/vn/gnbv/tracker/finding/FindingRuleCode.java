package vn.gnbv.tracker.finding;

/** openapi.yaml FindingRule: the built-in rules (docs/findings.md), in V080's order. */
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
    REPORTS_DISAGREE
}
