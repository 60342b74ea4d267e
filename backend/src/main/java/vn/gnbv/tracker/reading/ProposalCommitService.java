package vn.gnbv.tracker.reading;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.audit.RequestId;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.ingest.Together;
import vn.gnbv.tracker.ingest.UploadReport;
import vn.gnbv.tracker.ingest.UploadService;
import vn.gnbv.tracker.reading.ReadingDtos.Commit;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;
import vn.gnbv.tracker.report.ReportRef;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Commits a report's ACCEPTED proposals as its figures: one mode=replace upload per dataset with accepted proposals,
 * all in one transaction (the upload engine's), row errors mapped back to proposals. Runs outside any transaction of
 * its own: the engine commits on its connection.
 */
@ApplicationScoped
public class ProposalCommitService {
    @Inject
    ReportAccess access;

    @Inject
    ProposalRepository proposals;

    @Inject
    UploadService uploads;

    @Inject
    CallerScope scope;

    @Inject
    RequestId requestId;

    @Inject
    DataSource ds;

    /** What a commit loads: per dataset, the accepted proposals in row order. */
    private record Batch(ReportRef report, Map<String, List<ProposalView>> rows) {}

    public Commit commit(long report, boolean dryRun) {
        Batch batch = QuarkusTransaction.requiringNew().call(() -> accepted(report));
        List<String> datasets = new ArrayList<>(batch.rows().keySet());
        if (datasets.isEmpty()) {
            return new Commit(report, dryRun, false, List.of(), List.of());
        }
        List<Together.Part> parts = new ArrayList<>();
        for (String d : datasets) {
            parts.add(new Together.Part(d, body(batch.rows().get(d))));
        }
        AuditWriter.Who who = new AuditWriter.Who(scope.actor(), requestId.get());
        Together.Outcome out;
        try {
            out = uploads.replaceTogether(report, parts, dryRun, (c, reports) -> committed(c, who, batch, reports));
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            // CONCURRENT_WRITE: nothing was written; the problem still names the commit (the contract's 409 shape).
            throw new ApiException(
                    e.code(),
                    e.getMessage(),
                    e.errors(),
                    new ReadingDtos.CommitProblem(new Commit(report, dryRun, true, List.of(), List.of())));
        }
        List<ReadingDtos.Violation> errors = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            List<ProposalView> rows = batch.rows().get(datasets.get(i));
            for (ProblemDetail.Violation v : out.reports().get(i).errors()) {
                if (v.row() != null && v.row() >= 1 && v.row() <= rows.size()) {
                    ProposalView p = rows.get((int) (v.row() - 1));
                    errors.add(new ReadingDtos.Violation(p.id(), datasets.get(i), v.field(), v.code(), v.message()));
                }
            }
        }
        Commit commit = new Commit(report, dryRun, out.refusal() != null, out.reports(), errors);
        if (out.refusal() != null) {
            throw new ApiException(
                    out.refusal(),
                    errors.isEmpty()
                            ? "The accepted proposals were refused; nothing was written"
                            : errors.size() + " accepted proposals are not valid figures; nothing was written",
                    List.of(),
                    new ReadingDtos.CommitProblem(commit));
        }
        return commit;
    }

    private Batch accepted(long report) {
        ReportRef ref = access.require(report);
        Map<String, List<ProposalView>> rows = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            for (String d : ProposalRows.DATASETS) {
                List<ProposalView> accepted = proposals.accepted(c, report, d);
                if (!accepted.isEmpty()) {
                    rows.put(d, accepted);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Batch(ref, rows);
    }

    /** The upload's JSON rows: each proposal's fields and every place it is stated. */
    private byte[] body(List<ProposalView> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProposalView p : rows) {
            Map<String, Object> row = proposals.asMap(p.fields());
            row.put("locator", ProposalRows.locator(p.citations()));
            out.add(row);
        }
        return proposals.write(out).getBytes(StandardCharsets.UTF_8);
    }

    /** In the uploads' transaction: the reading is committed, and the commit is one event beside the uploads'. */
    private void committed(Connection c, AuditWriter.Who who, Batch batch, List<UploadReport> reports)
            throws SQLException {
        ReadingRepository.committed(c, batch.report().id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reportId", batch.report().id());
        after.put("committed", true);
        List<Map<String, Object>> ups = new ArrayList<>();
        for (UploadReport r : reports) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("dataset", r.dataset());
            u.put("jobId", r.jobId());
            u.put("inserted", r.inserted());
            u.put("updated", r.updated());
            u.put("unchanged", r.unchanged());
            u.put("deleted", r.deleted());
            ups.add(u);
        }
        after.put("uploads", ups);
        AuditWriter.events(
                c,
                who,
                "REPORT_READING",
                "select 'UPDATE'::text, null::text, ?::text, ?::bigint, null::jsonb, ?::jsonb",
                batch.report().label() + ": accepted proposals committed",
                batch.report().unitId(),
                proposals.write(after));
    }
}
