package vn.gnbv.tracker.localproject;

import java.time.Instant;
import java.time.LocalDate;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.localproject.LocalProject.Status;
import vn.gnbv.tracker.localproject.LocalProjectDto.Budget;
import vn.gnbv.tracker.localproject.LocalProjectDto.Households;

/** A local project with its program, component and unit, as {@link LocalProjectRepository} selects it (HQL). */
record LocalProjectRow(
        Long id,
        String programCode,
        Long componentId,
        String componentCode,
        Long unitId,
        String unitCode,
        String unitName,
        UnitLevel unitLevel,
        String name,
        String approvalReference,
        LocalDate startDate,
        LocalDate endDate,
        Status status,
        Long stateVnd,
        Long peopleCounterpartVnd,
        Long otherVnd,
        Integer poor,
        Integer nearPoor,
        Integer newlyEscaped,
        Integer ethnicMinority,
        Integer other,
        String note,
        Long reportId,
        String locator,
        Integer version,
        Instant createdAt,
        Instant updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "lp.id, p.code, c.id, c.code, u.id, u.code, u.name, u.level, lp.name,"
            + " lp.approvalReference, lp.startDate, lp.endDate, lp.status, lp.stateBudgetVnd,"
            + " lp.peopleCounterpartVnd, lp.otherVnd, lp.householdsPoor, lp.householdsNearPoor,"
            + " lp.householdsNewlyEscaped, lp.householdsEthnicMinority, lp.householdsOther, lp.note, lp.reportId,"
            + " lp.locator, lp.version, lp.createdAt, lp.updatedAt";

    LocalProjectDto.View view() {
        return new LocalProjectDto.View(
                id,
                programCode,
                componentId,
                componentCode,
                new UnitRef(unitId, unitCode, unitName, unitLevel),
                name,
                approvalReference,
                startDate,
                endDate,
                status,
                new Budget(stateVnd, peopleCounterpartVnd, otherVnd, stateVnd + peopleCounterpartVnd + otherVnd),
                new Households(
                        poor,
                        nearPoor,
                        newlyEscaped,
                        ethnicMinority,
                        other,
                        poor + nearPoor + newlyEscaped + ethnicMinority + other),
                note,
                reportId,
                locator,
                version,
                createdAt,
                updatedAt);
    }
}
