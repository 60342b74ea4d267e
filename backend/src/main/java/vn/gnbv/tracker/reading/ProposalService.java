package vn.gnbv.tracker.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.ingest.RowCheck;
import vn.gnbv.tracker.reading.ReadingDtos.BulkDecision;
import vn.gnbv.tracker.reading.ReadingDtos.BulkResult;
import vn.gnbv.tracker.reading.ReadingDtos.Decision;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;
import vn.gnbv.tracker.reading.ReadingDtos.Status;
import vn.gnbv.tracker.report.ReportRef;
import vn.gnbv.tracker.security.CallerScope;

/** A report's proposals: listed, read, decided one by one (If-Match) or in bulk; every decision audited. */
@ApplicationScoped
public class ProposalService {
    @Inject
    ReportAccess access;

    @Inject
    ProposalRepository proposals;

    @Inject
    RowCheck rows;

    @Inject
    CallerScope scope;

    @Inject
    DataSource ds;

    /** A listing's filters as the resource typed them; confidences in [0, 1], max exclusive. */
    public record Query(String dataset, Status status, Double minConfidence, Double maxConfidence) {
        ProposalRepository.Filter filter() {
            return new ProposalRepository.Filter(dataset, status, minConfidence, maxConfidence);
        }
    }

    @Transactional
    public Page<ProposalView> list(long report, Query q, int limit, String cursor) {
        access.require(report);
        Integer afterOffset = null;
        Long afterId = null;
        if (cursor != null) {
            List<String> keys = Cursor.decode(cursor, 2);
            afterOffset = Integer.valueOf(keys.get(0));
            afterId = Long.valueOf(keys.get(1));
        }
        try (Connection c = ds.getConnection()) {
            List<ProposalView> page = proposals.list(c, report, q.filter(), afterOffset, afterId, limit + 1);
            return Cursor.page(page, limit, v -> Cursor.encode(firstOffset(v), v.id()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every proposal of one dataset the filters match, as the canonical CSV with the review columns. */
    @Transactional
    public String csv(long report, Query q) {
        access.require(report);
        try (Connection c = ds.getConnection()) {
            List<ProposalView> all = proposals.list(c, report, q.filter(), null, null, Integer.MAX_VALUE);
            return ProposalCsv.write(q.dataset(), report, all);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public ProposalView get(long id) {
        try (Connection c = ds.getConnection()) {
            return visible(c, id, false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * ACCEPTED (with the whole row when edited, checked by the upload's row rules at once), REJECTED or PENDING;
     * audited with before and after.
     */
    @Transactional
    public ProposalView decide(long id, String ifMatch, Decision body) {
        if (body == null || body.status() == null) {
            throw ApiException.invalid("status", ViolationCode.MISSING, "status is required");
        }
        try (Connection c = ds.getConnection()) {
            ProposalView p = visible(c, id, true);
            Versioning.check(ifMatch, p.version());
            ReadingDtos.Fields fields = p.fields();
            boolean edited = p.edited();
            if (body.fields() != null) {
                if (body.status() != Status.ACCEPTED) {
                    throw ApiException.invalid(
                            "fields", ViolationCode.NOT_ALLOWED, "Only an accepted proposal takes edited fields");
                }
                check(p, body.fields());
                fields = body.fields();
                edited = !fields.equals(p.proposed());
            }
            proposals.decide(c, id, body.status(), fields, edited, scope.actor().username());
            ProposalView after = proposals.byId(c, id, false).orElseThrow();
            AuditWriter.events(
                    c,
                    AuditWriter.Who.current(),
                    "REPORT_PROPOSAL",
                    "select 'UPDATE'::text, ?::text, ?::text, ?::bigint, ?::jsonb, ?::jsonb",
                    Long.toString(id),
                    key(p),
                    access.require(p.reportId()).unitId(),
                    proposals.write(state(p)),
                    proposals.write(state(after)));
            return after;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Many at once: by ids or a confidence range; decided ones only when {@code overrule}. One audit event. */
    @Transactional
    public BulkResult decideMany(long report, BulkDecision body) {
        ReportRef ref = access.require(report);
        Bulk.Selection sel = Bulk.select(body);
        try (Connection c = ds.getConnection()) {
            if (body.ids() != null) {
                List<Long> foreign = proposals.foreign(c, report, body.ids());
                if (!foreign.isEmpty()) {
                    throw ApiException.invalid(
                            "ids", ViolationCode.INVALID_VALUE, "Not proposals of report " + report + ": " + foreign);
                }
            }
            boolean overrule = Boolean.TRUE.equals(body.overrule());
            ProposalRepository.BulkChange change = proposals.bulk(
                    c,
                    report,
                    body.status(),
                    sel.where(),
                    sel.params(c),
                    overrule,
                    scope.actor().username());
            if (!change.changed().isEmpty()) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("reportId", report);
                after.put("status", body.status().name());
                after.put("selection", sel.describe());
                after.put("overrule", overrule);
                after.put("count", change.changed().size());
                after.put("ids", change.changed());
                AuditWriter.events(
                        c,
                        AuditWriter.Who.current(),
                        "REPORT_PROPOSAL",
                        "select 'UPDATE'::text, null::text, ?::text, ?::bigint, null::jsonb, ?::jsonb",
                        ref.label() + ": " + change.changed().size() + " → " + body.status(),
                        ref.unitId(),
                        proposals.write(after));
            }
            return new BulkResult(
                    body.status(),
                    change.changed().size(),
                    change.matched() - change.changed().size(),
                    change.changed());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The proposal if the caller sees its report; else the same 403 as for a report. */
    private ProposalView visible(Connection c, long id, boolean forUpdate) throws SQLException {
        ProposalView p = proposals.byId(c, id, forUpdate).orElse(null);
        if (p == null) {
            throw scope.notVisible("Proposal", id);
        }
        try {
            access.require(p.reportId());
        } catch (ApiException e) {
            throw scope.notVisible("Proposal", id);
        }
        return p;
    }

    /** An edit checked as an upload of the report would check its row: each violation named fields.<name>. */
    private void check(ProposalView p, ReadingDtos.Fields fields) {
        byte[] json = proposals.write(fields).getBytes(StandardCharsets.UTF_8);
        List<ProblemDetail.Violation> found = rows.check(p.dataset(), p.reportId(), json);
        if (found.isEmpty()) {
            return;
        }
        List<ProblemDetail.Violation> named = new ArrayList<>();
        for (ProblemDetail.Violation v : found) {
            named.add(ProblemDetail.Violation.field(
                    v.field() == null ? "fields" : "fields." + v.field(), v.code(), v.message()));
        }
        throw ApiException.invalid(named);
    }

    private static Map<String, Object> state(ProposalView p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reportId", p.reportId());
        s.put("dataset", p.dataset());
        s.put("status", p.status().name());
        s.put("fields", p.fields());
        s.put("edited", p.edited());
        s.put("version", p.version());
        return s;
    }

    private static String key(ProposalView p) {
        ReadingDtos.Fields f = p.fields();
        return String.join(
                " ",
                p.dataset(),
                Objects.toString(f.unit(), ""),
                Objects.toString(f.component() != null ? f.component() : f.indicator(), ""),
                Objects.toString(f.year() != null ? f.year() : f.period(), ""),
                Objects.toString(f.measure() != null ? f.measure() : f.kind(), ""));
    }

    static int firstOffset(ProposalView v) {
        return v.citations().isEmpty() ? 0 : v.citations().get(0).start();
    }
}
