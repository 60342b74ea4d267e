package vn.gnbv.tracker.localproject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.report.ReportFigures;

/** The local projects a report states: counted on its page, deleted with it (each deletion audited as any other). */
@ApplicationScoped
public class LocalProjectReportFigures implements ReportFigures {
    @Inject
    LocalProjectRepository projects;

    @Override
    public String name() {
        return "local projects";
    }

    @Override
    public long count(long reportId) {
        return projects.count("reportId", reportId);
    }

    // Entity by entity, so each deletion passes the audit listener like a single delete; a report states tens of
    // projects (a replace upload deletes set-based).
    @Override
    public long deleteOf(long reportId) {
        var stated = projects.list("reportId", reportId);
        stated.forEach(projects::delete);
        projects.flush();
        return stated.size();
    }
}
