package vn.gnbv.tracker.export;

import vn.gnbv.tracker.geo.UnitLookup;

/**
 * Whether a unit's figures of a program and period are signed off, which every export states in its first rows. The
 * approval feature answers it ({@link ApprovalSignOffs}).
 */
public interface SignOffStatus {
    enum Dataset {
        FUNDING,
        INDICATORS
    }

    enum Status {
        DRAFT,
        APPROVED
    }

    /**
     * @param period for FUNDING a fiscal year ({@code 2023}), for INDICATORS a value's period id ({@code 2023},
     *     {@code 2021/2025})
     */
    Status of(UnitLookup.Unit unit, String program, String period, Dataset dataset);
}
