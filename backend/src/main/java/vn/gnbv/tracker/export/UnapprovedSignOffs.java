package vn.gnbv.tracker.export;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gnbv.tracker.geo.UnitLookup;

/**
 * The sign-off status while no feature records approvals: every figure is a DRAFT. The approval feature provides its
 * own {@link SignOffStatus} bean, which replaces this default one ({@link DefaultBean}) without a change here.
 */
@DefaultBean
@ApplicationScoped
public class UnapprovedSignOffs implements SignOffStatus {
    @Override
    public Status of(UnitLookup.Unit unit, String program, String period, Dataset dataset) {
        return Status.DRAFT;
    }
}
