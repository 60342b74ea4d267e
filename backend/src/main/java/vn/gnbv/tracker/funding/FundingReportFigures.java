package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import javax.sql.DataSource;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.report.ReportFigures;

/**
 * The funding lines a report states: counted on its page, deleted with it (each deletion in the audit trail's
 * history).
 */
@ApplicationScoped
public class FundingReportFigures implements ReportFigures {
    @Inject
    FundingLineRepository lines;

    @Inject
    DataSource ds;

    @Inject
    FindingRefresh findings;

    @Override
    public String name() {
        return "funding lines";
    }

    @Override
    public long count(long reportId) {
        return lines.count("reportId", reportId);
    }

    @Override
    public void redated(long reportId) {
        findings.afterCommit(FundingLineDataset.PATH, findings.provincesOfReport("funding_line", reportId));
    }

    // Set-based, each row's before-image into the history under one event: a report may state thousands of figures.
    @Override
    public long deleteOf(long reportId) {
        lines.flush();
        Set<Long> provinces = findings.provincesOfReport("funding_line", reportId);
        long deleted = ReportFigures.deleteWithHistory(ds, FundingLineBulk.HISTORY, reportId, name());
        findings.afterCommit(FundingLineDataset.PATH, provinces);
        return deleted;
    }
}
