package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.report.ReportFigures;

/** The funding lines a report states: counted on its page, deleted with it (each deletion audited as any other). */
@ApplicationScoped
public class FundingReportFigures implements ReportFigures {
    @Inject
    FundingLineRepository lines;

    @Override
    public String name() {
        return "funding lines";
    }

    @Override
    public long count(long reportId) {
        return lines.count("reportId", reportId);
    }

    // Entity by entity, so each deletion passes the audit listener like a single delete; a report states hundreds of
    // lines, not millions (those go through an upload with mode=replace, which deletes set-based).
    @Override
    public long deleteOf(long reportId) {
        var stated = lines.list("reportId", reportId);
        stated.forEach(lines::delete);
        lines.flush();
        return stated.size();
    }
}
