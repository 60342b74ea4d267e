package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;

/** Reads of the kept national cells (V097, {@link FundingNodeTotals}) beyond the summary: the nation's drill-down. */
@ApplicationScoped
class FundingNodeCells {
    @Inject
    EntityManager em;

    /** Whether the nation's drill-down into its provinces in {@code year} can be read from the cells. */
    boolean childrenKept(long programId, LocalDate asOf, int year) {
        Query q = bind(em.createNativeQuery(FundingNodeTotals.CHILDREN_KEPT), programId, asOf, year);
        return Boolean.TRUE.equals(q.getSingleResult());
    }

    /** The nation's drill-down into its provinces in one year, as {@link FundingLineRepository#children} answers it. */
    FundingLineRepository.ChildFigures children(long programId, LocalDate asOf, int year, String component) {
        Query q = bind(em.createNativeQuery(FundingNodeTotals.children(component != null)), programId, asOf, year);
        if (component != null) {
            q.setParameter("component", component);
        }
        return FundingLineRepository.childFigures(q.getResultList());
    }

    private static Query bind(Query q, long programId, LocalDate asOf, int year) {
        return q.setParameter("program", programId)
                .setParameter("asOf", asOf)
                .setParameter("year", year)
                .setParameter("next", year + 1);
    }
}
