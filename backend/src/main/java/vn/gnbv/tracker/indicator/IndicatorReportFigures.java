package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import javax.sql.DataSource;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.report.ReportFigures;

/**
 * The indicator values a report states: counted on its page, deleted with it (each deletion in the audit trail's
 * history).
 */
@ApplicationScoped
public class IndicatorReportFigures implements ReportFigures {
    @Inject
    IndicatorValueRepository values;

    @Inject
    DataSource ds;

    @Inject
    FindingRefresh findings;

    @Override
    public String name() {
        return "indicator values";
    }

    @Override
    public long count(long reportId) {
        return values.count("reportId", reportId);
    }

    @Override
    public void redated(long reportId) {
        findings.afterCommit(IndicatorValueDataset.PATH, findings.provincesOfReport("indicator_value", reportId));
    }

    // Set-based, each row's before-image into the history under one event: a report may state thousands of figures.
    @Override
    public long deleteOf(long reportId) {
        values.flush();
        Set<Long> provinces = findings.provincesOfReport("indicator_value", reportId);
        long deleted = ReportFigures.deleteWithHistory(ds, IndicatorValueBulk.HISTORY, reportId, name());
        findings.afterCommit(IndicatorValueDataset.PATH, provinces);
        return deleted;
    }
}
