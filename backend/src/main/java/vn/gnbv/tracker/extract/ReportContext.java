package vn.gnbv.tracker.extract;

import java.time.LocalDate;

/**
 * The report a document is read for: its unit (the default unit of every figure), program phase, issue date and
 * period ("2023", "2023H1", "2021/2024"); a figure with no year of its own gets the period's year when the period is
 * one year or part of one.
 */
public record ReportContext(String unit, String program, LocalDate issuedOn, String period) {
    Integer periodYear() {
        if (period == null || period.contains("/")) {
            return null;
        }
        return Integer.valueOf(period.substring(0, 4));
    }
}
