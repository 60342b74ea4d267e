package vn.gnbv.tracker.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.report.ReportLookup;
import vn.gnbv.tracker.report.ReportRef;
import vn.gnbv.tracker.security.CallerScope;

/**
 * A report's readings and proposals are seen and changed with the report: its unit must be in the caller's scope
 * (the same 403 whether it exists or not, as for the report itself). Roles are the resources' declarations.
 */
@ApplicationScoped
class ReportAccess {
    @Inject
    ReportLookup reports;

    @Inject
    CallerScope scope;

    /** The report, in the current transaction, if the caller sees it. */
    ReportRef require(long report) {
        return reports.byId(report)
                .filter(r -> scope.covers(r.unitPath()))
                .orElseThrow(() -> scope.notVisible("Report", report));
    }
}
