package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ComponentRef;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;
import vn.gnbv.tracker.report.FigureRefs;
import vn.gnbv.tracker.report.ReportLookup;
import vn.gnbv.tracker.report.ReportRef;

/**
 * Turns a {@link FundingLineInput} into a resolved, valid line or one 422 listing every broken rule. Every write
 * (API, demo loader, bulk upload) goes through here, so the rules cannot drift apart.
 */
@ApplicationScoped
public class FundingLineRules {
    /**
     * A valid line: ids resolved, text cleaned, the implementing body's key form computed. A null component is the
     * program as a whole; a null fiscal year is the whole phase.
     */
    public record Resolved(
            ProgramRef program,
            ComponentRef component,
            UnitLookup.Unit unit,
            Integer fiscalYear,
            FundingSource source,
            CapitalType capitalType,
            FundingMeasure measure,
            String implementingBody,
            String implementingBodyKey,
            Integer originYear,
            long amountVnd,
            String reference,
            String note,
            ReportRef report,
            String locator) {}

    // The database's own bounds for years (V001 check constraints); reached only for PROPOSED or originYear.
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    /**
     * Where codes are resolved: the database for single writes, an in-memory index for bulk uploads (a million rows
     * cannot afford three queries each). Each method answers or throws a 422 {@link ApiException} naming the field.
     */
    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    ReportLookup reports;

    public Resolved resolve(FundingLineInput in) {
        return resolve(in, FigureRefs.live(programs, units, reports));
    }

    public static Resolved resolve(FundingLineInput in, FigureRefs refs) {
        if (in == null) {
            throw ApiException.invalid("body", ViolationCode.MISSING, "A funding line is required");
        }
        new MaxLength()
                .check("program", in.program(), MaxLength.CODE)
                .check("component", in.component(), MaxLength.CODE)
                .check("unit", in.unit(), MaxLength.UNIT_CODE)
                .check("source", in.source(), MaxLength.CODE)
                .check("capitalType", in.capitalType(), MaxLength.CODE)
                .check("measure", in.measure(), MaxLength.CODE)
                .check("implementingBody", in.implementingBody(), MaxLength.NAME)
                .check("reference", in.reference(), MaxLength.REFERENCE)
                .check("note", in.note(), MaxLength.NOTE)
                .check("locator", in.locator(), MaxLength.LOCATOR)
                .enforce();
        List<Violation> errors = new ArrayList<>();
        String programCode = required(errors, "program", in.program());
        String componentCode = Text.clean(in.component());
        String unitCode = required(errors, "unit", in.unit());
        Integer year = in.fiscalYear();
        FundingSource source = code(errors, FundingSource.class, "source", in.source());
        CapitalType capitalType = code(errors, CapitalType.class, "capitalType", in.capitalType());
        FundingMeasure measure = code(errors, FundingMeasure.class, "measure", in.measure());
        Long amount = required(errors, "amountVnd", in.amountVnd());
        if (amount != null && amount < 0) {
            errors.add(Violation.field("amountVnd", ViolationCode.NEGATIVE_AMOUNT, "amountVnd must be 0 or more"));
        }

        ProgramRef program = programCode == null ? null : collect(errors, () -> refs.program("program", programCode));
        ComponentRef component = program == null || componentCode == null
                ? null
                : collect(errors, () -> refs.component("component", program, componentCode));
        if (program != null && year != null) {
            checkFiscalYear(errors, program, measure, year);
        }
        if (year == null && (measure == FundingMeasure.CARRIED_IN || measure == FundingMeasure.CARRIED_OUT)) {
            errors.add(Violation.field(
                    "fiscalYear", ViolationCode.MISSING, "Carry-over is between two years: fiscalYear is required"));
        }
        ReportRef report = in.reportId() == null ? null : collect(errors, () -> refs.report("reportId", in.reportId()));
        // A report's unit codes are read as of its date: a 2024 report names the districts of 2024.
        LocalDate at = unitDate(
                in.unitAsOf() != null ? in.unitAsOf() : report == null ? null : report.issuedOn(),
                year,
                program,
                measure);
        UnitLookup.Unit unit =
                unitCode == null || at == null ? null : collect(errors, () -> refs.unit("unit", unitCode, at));
        Integer origin = in.originYear();
        if (origin != null && (origin < MIN_YEAR || origin > MAX_YEAR)) {
            errors.add(Violation.field(
                    "originYear",
                    ViolationCode.OUT_OF_RANGE,
                    "originYear must be between " + MIN_YEAR + " and " + MAX_YEAR));
        } else if (origin != null && year != null && origin > year) {
            errors.add(Violation.field(
                    "originYear",
                    ViolationCode.ORIGIN_AFTER_FISCAL_YEAR,
                    "originYear must not be after the" + " fiscal year: money cannot come from a later year"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ErrorCode.VALIDATION_FAILED,
                    errors.size() == 1
                            ? errors.get(0).message()
                            : "The funding line breaks " + errors.size() + " rules",
                    errors);
        }
        String body = Text.clean(in.implementingBody());
        return new Resolved(
                program,
                component,
                unit,
                year,
                source,
                capitalType,
                measure,
                body,
                Text.key(body),
                origin,
                amount,
                Text.clean(in.reference()),
                Text.clean(in.note()),
                report,
                Text.clean(in.locator()));
    }

    // A phase's money is assigned within its years and carried over into the year after it; proposals for a phase
    // are made before it starts.
    private static void checkFiscalYear(List<Violation> errors, ProgramRef p, FundingMeasure measure, int year) {
        boolean proposed = measure == FundingMeasure.PROPOSED;
        int from = proposed ? MIN_YEAR : p.startYear();
        int to = proposed ? p.endYear() : p.endYear() + 1;
        if (year < from || year > to) {
            errors.add(Violation.field(
                    "fiscalYear",
                    ViolationCode.FISCAL_YEAR_OUTSIDE_PROGRAM,
                    "fiscalYear " + year
                            + " is outside " + from + "–" + to + " for program " + p.code()
                            + (proposed ? " (proposals)" : " (its years and the carry-over year after them)")));
        }
    }

    /**
     * The date the unit code is resolved at: unitAsOf, else 1 January of the fiscal year, else (a whole-phase line) of
     * the phase's first year, or for a proposal of the year before it, since phases are proposed before they start.
     */
    private static LocalDate unitDate(LocalDate unitAsOf, Integer year, ProgramRef program, FundingMeasure measure) {
        if (unitAsOf != null) {
            return unitAsOf;
        }
        if (year != null) {
            return LocalDate.of(Math.max(MIN_YEAR, Math.min(MAX_YEAR, year)), 1, 1);
        }
        if (program == null) {
            return null;
        }
        return LocalDate.of(measure == FundingMeasure.PROPOSED ? program.startYear() - 1 : program.startYear(), 1, 1);
    }

    @SuppressWarnings("unchecked")
    private static <T> T required(List<Violation> errors, String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(Violation.field(field, ViolationCode.MISSING, field + " is required"));
            return null;
        }
        return value instanceof String s ? (T) s.strip() : value;
    }

    private static <E extends Enum<E>> E code(List<Violation> errors, Class<E> type, String field, String raw) {
        String v = required(errors, field, raw);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(Violation.field(field, ViolationCode.UNKNOWN_CODE, field + " has an unknown code: " + v));
            return null;
        }
    }

    private static <T> T collect(List<Violation> errors, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ApiException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
