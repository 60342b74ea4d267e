package vn.gnbv.tracker.report;

import java.time.LocalDate;

/**
 * What a figure needs to know of the report it cites: the issuing unit (whose subtree the caller must see), the date
 * its unit codes are read at, and how a person names it.
 */
public record ReportRef(long id, long unitId, String unitPath, String number, LocalDate issuedOn) {
    /** {@code 123/BC-UBND (2024-12-15)}, for messages. */
    public String label() {
        return number + " (" + issuedOn + ")";
    }
}
