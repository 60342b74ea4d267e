package vn.gnbv.tracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/** Findings as the API reads them, within the caller's scope, and the status a manager gives one. */
@ApplicationScoped
public class FindingService {
    /** The list's and summary's query parameters, typed; codes trimmed, null when absent. */
    public record Query(
            String unit,
            LocalDate asOf,
            boolean descendants,
            String program,
            String indicator,
            Integer year,
            String period,
            String rule,
            FindingDto.Severity severity,
            FindingStatus status,
            Long report,
            String dataset) {}

    private static final java.util.List<String> DATASETS = java.util.List.of("funding-lines", "indicator-values");

    @Inject
    FindingRepository findings;

    @Inject
    UnitLookup units;

    @Inject
    ProgramLookup programs;

    @Inject
    CallerScope scope;

    @Transactional
    public Page<FindingDto.View> list(Query q, int limit, String cursor) {
        Long before = cursor == null ? null : Cursor.decodeId(cursor);
        var rows = findings.list(filter(q, area(q)), before, limit + 1);
        return Cursor.page(rows, limit, v -> Cursor.encode(v.id()));
    }

    /** Counts per child unit of {@code unit} (the nation: provinces) and rule, by status. */
    @Transactional
    public FindingDto.Summary summary(Query q) {
        UnitLookup.Unit root = area(q);
        if (root == null) {
            root = UnitLookup.NATION;
        }
        int depth = root.national() ? 0 : root.path().split("/").length - 1;
        var rows = findings.summary(filter(q, root), root.id(), depth);
        return new FindingDto.Summary(UnitRef.of(root), rows);
    }

    /**
     * The OPEN findings of a severity within a unit's subtree (the caller's scope checked by the caller), of one
     * dataset, program (null: any) and fiscal year or period (null: any), newest first, at most {@code limit}: what
     * a sign-off's submission must see explained (the approval feature).
     */
    @Transactional
    public java.util.List<FindingDto.View> open(
            String unitPath,
            String dataset,
            Long programId,
            Integer fiscalYear,
            String period,
            FindingDto.Severity severity,
            int limit) {
        var f = new FindingRepository.Filter(
                unitPath,
                null,
                programId,
                null,
                fiscalYear,
                period,
                null,
                severity.name(),
                FindingStatus.OPEN.name(),
                null,
                dataset,
                "true");
        return findings.list(f, null, limit);
    }

    @Transactional
    public FindingDto.View get(long id) {
        requireVisible(id);
        return findings.view(id).orElseThrow();
    }

    /**
     * A manager's decision on a finding: OPEN again, EXPLAINED or CONFIRMED, the latter two with a note. RESOLVED is
     * the figures' doing, never a person's.
     */
    @Transactional
    public FindingDto.View setStatus(long id, String ifMatch, @Valid FindingDto.StatusInput in) {
        if (in == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body {status, note} is required");
        }
        requireVisible(id);
        Finding f = findings.findById(id);
        Versioning.check(ifMatch, f.version);
        if (in.status() == FindingStatus.RESOLVED) {
            throw ApiException.invalid(
                    "status",
                    ViolationCode.NOT_ALLOWED,
                    "A finding is resolved when its figures agree; choose OPEN, EXPLAINED or CONFIRMED");
        }
        String note =
                in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (in.status() != FindingStatus.OPEN && note == null) {
            throw ApiException.invalid("note", ViolationCode.MISSING, "Say why: a note is required");
        }
        if (f.status == FindingStatus.RESOLVED) {
            throw ApiException.conflict(
                    ErrorCode.FINDING_RESOLVED,
                    "Finding " + id + " is resolved: its figures agree now; nothing to decide");
        }
        f.status = in.status();
        f.note = note;
        f.statusBy = scope.actor().username();
        f.statusAt = Instant.now();
        f.updatedAt = f.statusAt;
        findings.flush();
        return findings.view(id).orElseThrow();
    }

    private void requireVisible(long id) {
        String path = findings.unitPath(id).orElseThrow(() -> ApiException.notFound("finding", id));
        if (!scope.covers(path)) {
            throw scope.notVisible("finding", id);
        }
    }

    private UnitLookup.Unit area(Query q) {
        if (q.unit() == null) {
            return null;
        }
        UnitLookup.Unit u = units.requireArea("unit", q.unit(), q.asOf() != null ? q.asOf() : LocalDate.now());
        scope.require(u, "unit");
        return u;
    }

    private FindingRepository.Filter filter(Query q, UnitLookup.Unit unit) {
        if (q.dataset() != null && !DATASETS.contains(q.dataset())) {
            throw ApiException.badParam(
                    "dataset", ViolationCode.UNKNOWN_CODE, "dataset is one of " + String.join(", ", DATASETS));
        }
        Long programId = q.program() == null
                ? null
                : programs.requireProgram("program", q.program()).id();
        boolean whole = unit == null || unit.national();
        return new FindingRepository.Filter(
                whole || !q.descendants() ? null : unit.path(),
                whole || q.descendants() ? null : unit.id(),
                programId,
                q.indicator(),
                q.year(),
                q.period(),
                q.rule(),
                q.severity() == null ? null : q.severity().name(),
                q.status() == null ? null : q.status().name(),
                q.report(),
                q.dataset(),
                scope.sqlCondition("u.path"));
    }
}
