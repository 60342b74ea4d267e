package vn.gnbv.tracker.localproject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import vn.gnbv.tracker.report.ReportFigures;

/** The local projects a report states: counted on its page, deleted with it (each deletion in the audit trail's history). */
@ApplicationScoped
public class LocalProjectReportFigures implements ReportFigures {
    @Inject
    LocalProjectRepository projects;

    @Inject
    DataSource ds;

    @Override
    public String name() {
        return "local projects";
    }

    @Override
    public long count(long reportId) {
        return projects.count("reportId", reportId);
    }

    // Set-based, each project's before-image into the history under one event, as the other figures.
    @Override
    public long deleteOf(long reportId) {
        projects.flush();
        return ReportFigures.deleteWithHistory(ds, LocalProjectBulk.HISTORY, reportId, name());
    }
}
