package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.report.ReportFigures;

/** The indicator values a report states: counted on its page, deleted with it (each deletion audited). */
@ApplicationScoped
public class IndicatorReportFigures implements ReportFigures {
    @Inject
    IndicatorValueRepository values;

    @Override
    public String name() {
        return "indicator values";
    }

    @Override
    public long count(long reportId) {
        return values.count("reportId", reportId);
    }

    // Entity by entity, so each deletion passes the audit listener like a single delete (see FundingReportFigures).
    @Override
    public long deleteOf(long reportId) {
        var stated = values.list("reportId", reportId);
        stated.forEach(values::delete);
        values.flush();
        return stated.size();
    }
}
