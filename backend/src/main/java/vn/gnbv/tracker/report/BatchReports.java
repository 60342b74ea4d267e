package vn.gnbv.tracker.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.ingest.Dataset;
import vn.gnbv.tracker.ingest.UploadRow;

/**
 * The reports an upload's rows cite, for the datasets whose figures are stated in reports: the batch's own report
 * (the {@code report} parameter: checked once, before any row) and the {@code report} column of rows, from every
 * report read once before the rows stream in.
 */
public final class BatchReports {
    private final List<String> scope;
    private final ReportRef batch;
    private final Map<Long, ReportRef> known;

    /** Refuses the batch when its report does not exist (422) or lies outside the caller's subtrees (403). */
    public BatchReports(Connection c, Dataset.Batch b) throws SQLException {
        this.scope = b.scope();
        this.known = ReportLookup.all(c);
        if (b.source() == null) {
            batch = null;
            return;
        }
        batch = Optional.ofNullable(known.get(b.source())).orElseThrow(() -> unknown("report", b.source()));
        if (!visible(batch)) {
            throw new ApiException(
                    ErrorCode.OUT_OF_SCOPE,
                    "Report " + batch.label() + " was issued outside your administrative scope",
                    List.of(Violation.field("report", ViolationCode.OUT_OF_SCOPE, "report is outside your scope")));
        }
    }

    /**
     * The report of the row: its {@code report} cell, else the batch's; a cell naming another report than the
     * batch's, or not an id, is reported on the row (and the batch's stands in so the other rules still run).
     */
    public Long ofRow(UploadRow row) {
        String cell = row.value("report");
        if (cell == null || cell.isBlank()) {
            return batch == null ? null : batch.id();
        }
        String v = cell.strip();
        if (!Decimals.digitsOnly(v) || v.length() > 18) {
            row.error(
                    "report",
                    ViolationCode.NOT_AN_INTEGER,
                    row.name("report") + " must be a report id, not '" + cell + "'");
            return batch == null ? null : batch.id();
        }
        long id = Long.parseLong(v);
        if (batch != null && id != batch.id()) {
            row.error(
                    "report",
                    ViolationCode.REPORT_MISMATCH,
                    row.name("report") + " " + id + " is not the upload's report " + batch.id());
            return batch.id();
        }
        return id;
    }

    /** The report with this id, or a 422 naming {@code field} (unknown, or outside the caller's subtrees). */
    public ReportRef require(String field, long id) {
        ReportRef r = known.get(id);
        if (r == null) {
            throw unknown(field, id);
        }
        if (!visible(r)) {
            throw ApiException.invalid(
                    field, ViolationCode.OUT_OF_SCOPE, "Report " + r.label() + " lies outside your scope");
        }
        return r;
    }

    private boolean visible(ReportRef r) {
        return scope == null || scope.stream().anyMatch(r.unitPath()::startsWith);
    }

    /** 422 for an id that names no report. */
    public static ApiException unknown(String field, long id) {
        return ApiException.invalid(field, ViolationCode.UNKNOWN_REPORT, "No report has id " + id);
    }
}
