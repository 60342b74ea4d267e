package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.program.ComponentMoved;

/**
 * A component moved: the lines stated on it are covered by, and cover, other lines than before, so the funding
 * findings and the national cells of the provinces with such lines are recomputed in the same transaction.
 */
@ApplicationScoped
class FundingComponentMoves {
    @Inject
    FindingRefresh findings;

    void onMoved(@Observes ComponentMoved moved) {
        Set<Long> provinces = findings.provincesOf("funding_line", "component_id", moved.componentId());
        if (!provinces.isEmpty()) {
            findings.provinces(FundingLineDataset.PATH, provinces);
        }
    }
}
