package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitViews.UnitInput;

/** The rules a unit version must keep, checked together so one 422 names every wrong field. */
@ApplicationScoped
public class UnitRules {
    @Inject
    AdminUnitRepository units;

    /**
     * Checks {@code in} (already cleaned) as the new state of {@code existing} (null when creating) and returns the
     * parent it names, or throws 422 VALIDATION_FAILED.
     */
    public AdminUnit check(UnitInput in, AdminUnit existing) {
        List<Violation> errors = new ArrayList<>();
        if (in.name() == null) {
            errors.add(Violation.field("name", ViolationCode.MISSING, "name must not be blank"));
        }
        if (in.unitType() == null) {
            errors.add(Violation.field("unitType", ViolationCode.MISSING, "unitType must not be blank"));
        }
        int digits = in.level().codeDigits();
        if (!in.code().matches("[0-9]{" + digits + "}")) {
            errors.add(Violation.field(
                    "code", ViolationCode.CODE_FORMAT, "A " + in.level() + " code has exactly " + digits + " digits"));
        }
        if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            errors.add(Violation.field(
                    "validTo", ViolationCode.BEFORE_VALID_FROM, "validTo must not be before validFrom"));
        }
        AdminUnit parent = checkParent(in, errors);
        if (existing != null) {
            checkChildren(in, existing, errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        return parent;
    }

    private AdminUnit checkParent(UnitInput in, List<Violation> errors) {
        if (in.level() == UnitLevel.PROVINCE) {
            if (in.parentId() != null) {
                errors.add(Violation.field("parentId", ViolationCode.PARENT_NOT_ALLOWED, "A province has no parent"));
            }
            return null;
        }
        if (in.parentId() == null) {
            errors.add(Violation.field("parentId", ViolationCode.MISSING, "A " + in.level() + " needs a parent"));
            return null;
        }
        AdminUnit parent = units.findById(in.parentId());
        if (parent == null) {
            errors.add(Violation.field("parentId", ViolationCode.UNKNOWN_UNIT, "No unit has id " + in.parentId()));
            return null;
        }
        boolean levelOk = switch (in.level()) {
            case DISTRICT -> parent.level == UnitLevel.PROVINCE;
            // Districts were abolished on 1 July 2025: from then on communes sit directly under provinces.
            case COMMUNE ->
                parent.level == UnitLevel.DISTRICT
                        || (parent.level == UnitLevel.PROVINCE
                                && !in.validFrom().isBefore(ReferenceDataLoader.REFORM_DATE));
            case PROVINCE, NATION -> false;
        };
        if (!levelOk) {
            errors.add(Violation.field(
                    "parentId",
                    ViolationCode.WRONG_PARENT_LEVEL,
                    "A " + in.level() + " starting " + in.validFrom() + " cannot sit under a " + parent.level));
        } else if (!parent.covers(in.validFrom(), in.validTo())) {
            errors.add(Violation.field(
                    "parentId",
                    ViolationCode.PARENT_NOT_VALID,
                    "The parent is valid only from "
                            + parent.validFrom + " to " + (parent.validTo == null ? "today" : parent.validTo)
                            + ", not over the whole validity of the unit"));
        }
        return parent;
    }

    private void checkChildren(UnitInput in, AdminUnit existing, List<Violation> errors) {
        if (in.level() != existing.level && units.childCount(existing.id) > 0) {
            errors.add(
                    Violation.field("level", ViolationCode.HAS_CHILDREN, "A unit with children cannot change level"));
        }
        if (units.childrenOutside(existing.id, in.validFrom(), in.validTo()) > 0) {
            errors.add(Violation.field(
                    in.validTo() == null || existing.validFrom.isBefore(in.validFrom()) ? "validFrom" : "validTo",
                    ViolationCode.CHILD_OUTSIDE_VALIDITY,
                    "Some children would be valid outside the unit's new validity"));
        }
    }
}
