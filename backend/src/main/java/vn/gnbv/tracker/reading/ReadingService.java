package vn.gnbv.tracker.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.extract.Catalogue;
import vn.gnbv.tracker.extract.DbCatalogue;
import vn.gnbv.tracker.extract.DocumentReader;
import vn.gnbv.tracker.extract.DocumentText;
import vn.gnbv.tracker.extract.Extractor;
import vn.gnbv.tracker.extract.Proposal;
import vn.gnbv.tracker.extract.ReportContext;
import vn.gnbv.tracker.reading.ReadingDtos.Counts;
import vn.gnbv.tracker.reading.ReadingDtos.ReadingView;
import vn.gnbv.tracker.report.ReportDto;
import vn.gnbv.tracker.report.ReportFileService;
import vn.gnbv.tracker.report.ReportService;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Runs the reader over a report's stored file and keeps what it proposed: the previous reading's PENDING proposals
 * go, decided ones stay (a figure proposed again keeps its decision and edits), in one transaction, audited.
 */
@ApplicationScoped
public class ReadingService {
    @Inject
    ReportAccess access;

    @Inject
    ReportService reports;

    @Inject
    ReportFileService files;

    @Inject
    DbCatalogue catalogues;

    @Inject
    ReadingRepository runs;

    @Inject
    ProposalRepository proposals;

    @Inject
    CallerScope scope;

    @Inject
    DataSource ds;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String appVersion;

    /** A reading as stored; {@code failure}: why the file could not be read (then the answer is 422). */
    public record Outcome(ReadingView reading, String failure) {}

    /** The reader's version: its rules change with the application. */
    String readerVersion() {
        return "gnbv-extract " + appVersion;
    }

    @Transactional
    public Outcome read(long reportId) {
        Instant started = Instant.now();
        ReportDto.View report = reports.get(reportId); // the caller sees it, or 403
        ReportFileService.Download file = files.download(reportId, null); // 404 without a file
        String failure = null;
        List<Proposal> read = List.of();
        String unit = report.unit().code();
        Catalogue catalogue = catalogues.forReport(unit, report.issuedOn());
        String program = phase(report, catalogue);
        try {
            DocumentText doc = DocumentReader.read(file.content(), file.mediaType());
            read = Extractor.read(doc, new ReportContext(unit, program, report.issuedOn(), report.period()), catalogue);
        } catch (DocumentReader.Unreadable e) {
            failure = e.getMessage();
        }
        try (Connection c = ds.getConnection()) {
            long replaced = 0;
            long kept = 0;
            List<ProposalRepository.NewRow> rows =
                    read.stream().map(ProposalRows::of).toList();
            if (failure == null) {
                Set<String> decided = proposals.decidedIdentities(c, reportId);
                kept = rows.stream().filter(r -> decided.contains(r.identity())).count();
                replaced = proposals.deletePending(c, reportId);
            }
            ReadingRepository.Run run = new ReadingRepository.Run(
                    0,
                    reportId,
                    failure == null ? "SUCCEEDED" : "FAILED",
                    failure,
                    readerVersion(),
                    file.fileName(),
                    file.sha256(),
                    started,
                    Instant.now(),
                    scope.actor().username(),
                    rows.size(),
                    replaced,
                    kept,
                    null);
            long id = runs.insert(c, run);
            proposals.store(c, reportId, id, rows);
            audit(c, id, report, run);
            return new Outcome(view(c, runs.latest(c, reportId).orElseThrow()), failure);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the reading of report " + reportId, e);
        }
    }

    /**
     * The phase the reader reads the report in: its program, else the phase covering its period's first year (or
     * its issue year). The reader resolves components within one phase, so a report on several programs outside
     * every phase cannot be read (422 naming the report's program).
     */
    private static String phase(ReportDto.View report, Catalogue catalogue) {
        if (report.program() != null) {
            return report.program();
        }
        int year = (report.periodStart() != null ? report.periodStart() : report.issuedOn()).getYear();
        return catalogue.programs().stream()
                .filter(p -> p.startYear() <= year && year <= p.endYear())
                .map(Catalogue.Program::code)
                .findFirst()
                .orElseThrow(() -> ApiException.invalid(
                        "program",
                        ViolationCode.MISSING,
                        "Report " + label(report) + " names no program and no phase covers " + year
                                + ": give the report its program to read it"));
    }

    /** The report's latest reading with its proposals counted; 404 when it was never read. */
    @Transactional
    public ReadingView latest(long reportId) {
        access.require(reportId);
        try (Connection c = ds.getConnection()) {
            return view(
                    c,
                    runs.latest(c, reportId)
                            .orElseThrow(() -> new ApiException(
                                    ErrorCode.NOT_FOUND, "Report " + reportId + " has not been read yet")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReadingView view(Connection c, ReadingRepository.Run r) throws SQLException {
        List<long[]> counts = proposals.counts(c, r.reportId(), ProposalRows.DATASETS);
        List<Counts> datasets = new ArrayList<>();
        long[] total = new long[4];
        for (int i = 0; i < counts.size(); i++) {
            long[] n = counts.get(i);
            datasets.add(new Counts(ProposalRows.DATASETS.get(i), n[0], n[1], n[2], n[3]));
            for (int k = 0; k < 4; k++) {
                total[k] += n[k];
            }
        }
        return new ReadingView(
                r.id(),
                r.reportId(),
                r.status(),
                r.failure(),
                r.readerVersion(),
                r.fileName(),
                r.fileSha256(),
                r.startedAt(),
                r.finishedAt(),
                r.readBy(),
                r.proposed(),
                r.replaced(),
                r.kept(),
                new Counts(null, total[0], total[1], total[2], total[3]),
                datasets,
                r.committedAt());
    }

    /** One CREATE event per reading, in the report's unit (who may read the trail there sees it). */
    private void audit(Connection c, long id, ReportDto.View report, ReadingRepository.Run run) throws SQLException {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reportId", report.id());
        after.put("status", run.status());
        after.put("failure", run.failure());
        after.put("readerVersion", run.readerVersion());
        after.put("fileSha256", run.fileSha256());
        after.put("proposed", run.proposed());
        after.put("replaced", run.replaced());
        after.put("kept", run.kept());
        AuditWriter.events(
                c,
                AuditWriter.Who.current(),
                "REPORT_READING",
                "select 'CREATE'::text, ?::text, ?::text, ?::bigint, null::jsonb, ?::jsonb",
                Long.toString(id),
                label(report),
                report.unit().id(),
                proposals.write(after));
    }

    static String label(ReportDto.View r) {
        return r.number() + " " + r.unit().code() + " " + r.issuedOn();
    }
}
