package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitViews.SuccessionInput;
import vn.gnbv.tracker.geo.UnitViews.SuccessionView;
import vn.gnbv.tracker.geo.UnitViews.Successions;

/** Successions between unit versions across a reform: predecessor → successor, FULL or PARTIAL. */
@ApplicationScoped
public class SuccessionService {
    @Inject
    AdminUnitRepository unitRows;

    @Inject
    UnitSuccessionRepository links;

    @Inject
    UnitService units;

    @Inject
    UnitVisibility scope;

    @Transactional
    public Successions ofUnit(long id) {
        AdminUnit u = units.requireVisible(id);
        return new Successions(UnitViews.ref(u), links.of(id, true), links.of(id, false));
    }

    @Transactional
    public SuccessionView get(long predecessorId, long successorId) {
        // A link is visible when either end is; else the same 403 whether or not it exists.
        if (!units.visible(predecessorId) && !units.visible(successorId)) {
            throw scope.notVisible("Succession", predecessorId + " → " + successorId);
        }
        return view(require(predecessorId, successorId));
    }

    @Transactional
    public SuccessionView create(SuccessionInput in) {
        List<Violation> errors = new ArrayList<>();
        AdminUnit pred = unitRows.findById(in.predecessorId());
        AdminUnit succ = unitRows.findById(in.successorId());
        if (pred == null) {
            errors.add(Violation.field(
                    "predecessorId", ViolationCode.UNKNOWN_UNIT, "No unit has id " + in.predecessorId()));
        }
        if (succ == null) {
            errors.add(
                    Violation.field("successorId", ViolationCode.UNKNOWN_UNIT, "No unit has id " + in.successorId()));
        }
        if (pred != null && succ != null) {
            if (pred.id.equals(succ.id)) {
                errors.add(Violation.field("successorId", ViolationCode.SAME_UNIT, "A unit cannot succeed itself"));
            }
            // The handover is a day boundary: the old unit's last day is the eve of the new one's first day.
            if (pred.validTo == null || !pred.validTo.plusDays(1).equals(in.effectiveDate())) {
                errors.add(Violation.field(
                        "effectiveDate",
                        ViolationCode.PREDECESSOR_NOT_ENDED,
                        "The predecessor must end the day before " + in.effectiveDate() + " (it ends "
                                + (pred.validTo == null ? "never" : pred.validTo) + ")"));
            }
            if (!succ.covers(in.effectiveDate(), in.effectiveDate())) {
                errors.add(Violation.field(
                        "successorId",
                        ViolationCode.SUCCESSOR_NOT_VALID,
                        "The successor is not valid on " + in.effectiveDate()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        if (links.findById(new UnitSuccession.Key(pred.id, succ.id)) != null) {
            throw ApiException.conflict(
                    ErrorCode.DUPLICATE_KEY, "Unit " + pred.code + " already has successor " + succ.code);
        }
        UnitSuccession s = new UnitSuccession();
        s.predecessorId = pred.id;
        s.successorId = succ.id;
        s.effectiveDate = in.effectiveDate();
        s.kind = in.kind();
        try {
            links.insert(s);
        } catch (PersistenceException e) {
            throw SqlStates.translate(e, "The succession " + pred.code + " → " + succ.code);
        }
        return view(s);
    }

    @Transactional
    public void delete(long predecessorId, long successorId) {
        links.delete(require(predecessorId, successorId));
    }

    private UnitSuccession require(long predecessorId, long successorId) {
        UnitSuccession s = links.findById(new UnitSuccession.Key(predecessorId, successorId));
        if (s == null) {
            throw ApiException.notFound("Succession", predecessorId + " → " + successorId);
        }
        return s;
    }

    private SuccessionView view(UnitSuccession s) {
        return new SuccessionView(
                UnitViews.ref(unitRows.findById(s.predecessorId)),
                UnitViews.ref(unitRows.findById(s.successorId)),
                s.effectiveDate,
                s.kind);
    }
}
