package vn.gnbv.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Reports: codes in, ids stored; a caller reads and writes the reports of the units in their scope. Deleting a
 * report deletes the figures citing it first, through the features that own them ({@link ReportFigures}).
 */
@ApplicationScoped
public class ReportService {
    /** The list's query parameters, typed; codes trimmed, null when absent. */
    public record ListQuery(
            String unit,
            Long unitId,
            LocalDate asOf,
            boolean descendants,
            String program,
            ReportKind kind,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            String text,
            int limit,
            String cursor) {}

    @Inject
    ReportRepository reports;

    @Inject
    ReportFileRepository files;

    @Inject
    UnitLookup units;

    @Inject
    ProgramLookup programs;

    @Inject
    CallerScope scope;

    @Inject
    @Any
    Instance<ReportFigures> figures;

    @Inject
    ReportConfig config;

    @Transactional
    public Page<ReportDto.View> list(ListQuery p) {
        ReportRepository.After after = p.cursor() == null ? null : after(p.cursor());
        if (p.issuedFrom() != null && p.issuedTo() != null && p.issuedFrom().isAfter(p.issuedTo())) {
            throw ApiException.badParam(
                    "issuedFrom", ViolationCode.EMPTY_RANGE, "issuedFrom must not be after issuedTo");
        }
        if (p.unit() != null && p.unitId() != null) {
            throw ApiException.badParam("unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId");
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        UnitLookup.Unit unit = null;
        if (p.unitId() != null) {
            unit = units.byId(p.unitId())
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + p.unitId()));
            scope.require(unit, "unitId");
        } else if (p.unit() != null) {
            LocalDate at = p.asOf() != null ? p.asOf() : p.issuedFrom() != null ? p.issuedFrom() : LocalDate.now();
            unit = units.require("unit", p.unit(), at);
            scope.require(unit, "unit");
        }
        Long programId = p.program() == null
                ? null
                : programs.requireProgram("program", p.program()).id();
        var filter = new ReportRepository.Filter(
                unit != null && p.descendants() ? unit.path() : null,
                unit != null && !p.descendants() ? unit.id() : null,
                programId,
                p.kind(),
                p.issuedFrom(),
                p.issuedTo(),
                p.text(),
                scope.sqlCondition("u.path"));
        List<ReportDto.View> rows = reports.list(filter, after, p.limit() + 1);
        return Cursor.page(rows, p.limit(), v -> Cursor.encode(v.issuedOn(), v.id()));
    }

    /** One report with its figure counts, if its unit is in the caller's scope. */
    @Transactional
    public ReportDto.View get(long id) {
        requireVisible(id);
        return read(id);
    }

    @Transactional
    public ReportDto.View create(@Valid ReportDto.Input body) {
        ReportDto.Input in = requireBody(body).cleaned();
        Report r = new Report();
        apply(r, in);
        write(in, () -> reports.persist(r));
        return read(r.getId());
    }

    @Transactional
    public ReportDto.View update(long id, String ifMatch, @Valid ReportDto.Input body) {
        Report r = requireVisible(id);
        Versioning.check(ifMatch, r.getVersion());
        ReportDto.Input in = requireBody(body).cleaned();
        LocalDate issued = r.getIssuedOn();
        apply(r, in);
        write(in, () -> {});
        if (!issued.equals(r.getIssuedOn())) {
            // Which of the report's figures count (the most recent report's, V071) may have changed with its date.
            for (ReportFigures f : figures) {
                f.redated(id);
            }
        }
        return read(id);
    }

    /**
     * The figures citing the report (each feature deletes and audits its own), its file, then the report, in one
     * transaction: a figure no feature deleted keeps the report (409 IN_USE) and nothing is deleted.
     */
    @Transactional
    public ReportDto.Deleted delete(long id, String ifMatch) {
        Report r = requireVisible(id);
        Versioning.check(ifMatch, r.getVersion());
        refuseTooLarge(r);
        List<ReportDto.Figures> deleted = new ArrayList<>();
        for (ReportFigures f : figures) {
            deleted.add(new ReportDto.Figures(f.name(), f.deleteOf(id)));
        }
        deleted.sort(Comparator.comparing(ReportDto.Figures::name));
        Optional<ReportFile> file = files.findByIdOptional(id);
        file.ifPresent(f -> files.delete(f.boundTo(r)));
        reports.delete(r);
        try {
            reports.flush();
        } catch (PersistenceException e) {
            if (SqlStates.FOREIGN_KEY_VIOLATION.equals(SqlStates.of(e))) {
                throw ApiException.conflict(
                        ErrorCode.IN_USE, "Report " + label(r) + " is still cited by figures; delete those first");
            }
            throw e;
        }
        return new ReportDto.Deleted(id, deleted, file.isPresent());
    }

    /**
     * A report stating more figures than one request deletes in time (ReportConfig#maxDeleteFigures) is refused before
     * anything is deleted: its figures leave first through replace upload jobs of an empty file, in the background.
     */
    private void refuseTooLarge(Report r) {
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (ReportFigures f : figures) {
            long n = f.count(r.getId());
            total += n;
            if (n > 0) {
                parts.add(f.name() + " " + n);
            }
        }
        if (total > config.maxDeleteFigures()) {
            parts.sort(Comparator.naturalOrder());
            throw ApiException.conflict(
                    ErrorCode.REPORT_TOO_LARGE,
                    "Report " + label(r) + " states " + total + " figures (" + String.join(", ", parts)
                            + "), more than the " + config.maxDeleteFigures() + " one request deletes: remove them"
                            + " first with upload jobs of an empty file (POST /api/v1/upload-jobs?dataset=…&report="
                            + r.getId() + "&mode=replace, for each dataset), then delete the report");
        }
    }

    /** The report, if it exists and its unit is in the caller's scope; else the same 403 either way. */
    Report requireVisible(long id) {
        Report r = reports.findById(id);
        if (r == null || !scope.covers(units.byId(r.getUnitId()).orElseThrow())) {
            throw scope.notVisible("Report", id);
        }
        return r;
    }

    /** The view with each feature's count of the figures citing the report, by name. */
    private ReportDto.View read(long id) {
        List<ReportDto.Figures> counts = new ArrayList<>();
        for (ReportFigures f : figures) {
            counts.add(new ReportDto.Figures(f.name(), f.count(id)));
        }
        counts.sort(Comparator.comparing(ReportDto.Figures::name));
        return reports.view(id).orElseThrow().withFigures(counts);
    }

    /**
     * Resolves the codes: the unit at {@code unitAsOf}, else on the issue date (a 2024 report of a district the
     * 2025 reform abolished names it as it was), and checks the caller's scope over it and the identity.
     */
    private void apply(Report r, ReportDto.Input in) {
        Period period = in.period() == null ? null : Period.field("period", in.period());
        UnitLookup.Unit unit = units.require("unit", in.unit(), in.unitAsOf() != null ? in.unitAsOf() : in.issuedOn());
        scope.require(unit, "unit");
        Long programId = in.program() == null
                ? null
                : programs.requireProgram("program", in.program()).id();
        reports.byIdentity(unit.id(), in.number(), in.issuedOn())
                .filter(other -> !other.getId().equals(r.getId()))
                .ifPresent(other -> {
                    throw duplicate(in);
                });
        r.apply(unit.id(), programId, period, in);
    }

    /**
     * Writes now (an identity insert runs at persist, an update at flush), so a duplicate written concurrently, which
     * the check could not see, is a 409 here and the answer shows the stored version.
     */
    private void write(ReportDto.Input in, Runnable persist) {
        try {
            persist.run();
            reports.flush();
        } catch (PersistenceException e) {
            if (SqlStates.duplicate(e)) {
                throw duplicate(in);
            }
            throw e;
        }
    }

    private static ReportDto.Input requireBody(ReportDto.Input body) {
        if (body == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body is required");
        }
        return body;
    }

    private static ApiException duplicate(ReportDto.Input in) {
        return ApiException.conflict(
                ErrorCode.DUPLICATE_KEY,
                "Unit " + in.unit() + " already has a report " + in.number() + " issued on " + in.issuedOn());
    }

    private static String label(Report r) {
        return r.getNumber() + " (" + r.getIssuedOn() + ")";
    }

    private static ReportRepository.After after(String cursor) {
        List<String> keys = Cursor.decode(cursor, 2);
        try {
            return new ReportRepository.After(LocalDate.parse(keys.get(0)), Long.parseLong(keys.get(1)));
        } catch (RuntimeException e) {
            throw ApiException.badParam(
                    "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
        }
    }
}
