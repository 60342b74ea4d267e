package vn.gnbv.tracker.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An approved sign-off that a refused write touched: the cell the approval locks (its unit, program, period and
 * dataset), as the database's lock triggers name it (V085, SQLSTATE {@value SqlStates#PERIOD_LOCKED}) and as the
 * contract's schema LockedCell shows it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockedCell(
        long signOffId,
        String dataset,
        long unitId,
        String unitCode,
        String unitName,
        String unitLevel,
        String program,
        String period) {

    /** The problem members of a refusal: the locked cells. */
    public record Members(List<LockedCell> lockedCells) {}

    /** "FUNDING GNBV-2021-2025 2024 of 109 Phong Thổ" — for messages. */
    public String describe() {
        return dataset + " " + program + " " + period + " of " + unitCode + " " + unitName;
    }
}
