package vn.gnbv.tracker.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The report_file table: one original document per report, keyed by the report's id. */
@ApplicationScoped
public class ReportFileRepository implements PanacheRepositoryBase<ReportFile, Long> {}
