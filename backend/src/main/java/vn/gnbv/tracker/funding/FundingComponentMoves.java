package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
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
    EntityManager em;

    @Inject
    FindingRefresh findings;

    void onMoved(@Observes ComponentMoved moved) {
        Set<Long> provinces = new LinkedHashSet<>();
        for (Object p : em.createNativeQuery("select distinct split_part(u.path, '/', 2)::bigint from funding_line f"
                        + " join admin_unit u on u.id = f.unit_id where f.component_id = :c")
                .setParameter("c", moved.componentId())
                .getResultList()) {
            provinces.add(((Number) p).longValue());
        }
        if (!provinces.isEmpty()) {
            findings.provinces(FundingLineDataset.PATH, provinces);
        }
    }
}
