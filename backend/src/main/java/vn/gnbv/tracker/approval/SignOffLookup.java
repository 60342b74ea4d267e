package vn.gnbv.tracker.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.geo.UnitLookup;

/** Whether a unit's figures of one program, period and dataset are signed off, for features that state it. */
@ApplicationScoped
public class SignOffLookup {
    @Inject
    SignOffRepository signOffs;

    /**
     * True when the unit's own sign-off is APPROVED or an ancestor's is (a sign-off covers its unit's whole subtree).
     * The nation has no sign-off of its own: never approved.
     */
    public boolean approved(UnitLookup.Unit unit, long programId, SignOffDataset dataset, String period) {
        if (unit.national()) {
            return false;
        }
        Map<Long, SignOffStatus> own = signOffs.statuses(List.of(unit.id()), programId, dataset, period);
        return own.get(unit.id()) == SignOffStatus.APPROVED
                || !signOffs.approvedAncestors(unit.path(), programId, dataset, period)
                        .isEmpty();
    }
}
