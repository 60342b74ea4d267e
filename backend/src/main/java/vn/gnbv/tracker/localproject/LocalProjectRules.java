package vn.gnbv.tracker.localproject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.localproject.LocalProject.Status;
import vn.gnbv.tracker.localproject.LocalProjectDto.BudgetInput;
import vn.gnbv.tracker.localproject.LocalProjectDto.HouseholdsInput;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ComponentRef;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;
import vn.gnbv.tracker.report.FigureRefs;
import vn.gnbv.tracker.report.ReportLookup;
import vn.gnbv.tracker.report.ReportRef;

/**
 * Turns a {@link LocalProjectDto.Input} into a resolved, valid project or one 422 listing every broken rule. Single
 * writes and bulk uploads ({@link LocalProjectDataset}) both go through here, so the rules cannot drift apart.
 */
@ApplicationScoped
public class LocalProjectRules {
    /** A valid project: codes resolved, text cleaned (NFC, trimmed), omitted amounts and counts 0. */
    public record Resolved(
            ProgramRef program,
            ComponentRef component,
            UnitLookup.Unit unit,
            String name,
            String approvalReference,
            LocalDate startDate,
            LocalDate endDate,
            Status status,
            long stateVnd,
            long peopleCounterpartVnd,
            long otherVnd,
            int poor,
            int nearPoor,
            int newlyEscaped,
            int ethnicMinority,
            int other,
            String note,
            ReportRef report,
            String locator) {}

    /**
     * Where codes are resolved: the database for single writes, in-memory indexes for uploads. Each method answers or
     * throws a 422 {@link ApiException} naming the field.
     */
    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    ReportLookup reports;

    /** The single-write rules, codes resolved in the database. */
    public Resolved resolve(LocalProjectDto.Input in) {
        return resolve(in, FigureRefs.live(programs, units, reports));
    }

    public static Resolved resolve(LocalProjectDto.Input in, FigureRefs refs) {
        if (in == null) {
            throw ApiException.invalid("body", ViolationCode.MISSING, "A local project is required");
        }
        new MaxLength()
                .check("program", in.program(), MaxLength.CODE)
                .check("component", in.component(), MaxLength.CODE)
                .check("unit", in.unit(), MaxLength.UNIT_CODE)
                .check("name", in.name(), MaxLength.NAME)
                .check("approvalReference", in.approvalReference(), MaxLength.NAME)
                .check("note", in.note(), MaxLength.NOTE)
                .check("locator", in.locator(), MaxLength.LOCATOR)
                .enforce();
        List<Violation> errors = new ArrayList<>();
        String programCode = required(errors, "program", in.program());
        String componentCode = required(errors, "component", in.component());
        String unitCode = required(errors, "unit", in.unit());
        String name = required(errors, "name", in.name());
        if (in.status() == null) {
            errors.add(Violation.field("status", ViolationCode.MISSING, "status is required"));
        }
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            errors.add(Violation.field("endDate", ViolationCode.BEFORE_START, "endDate must not be before startDate"));
        }
        BudgetInput b = in.budget() == null ? new BudgetInput(null, null, null) : in.budget();
        long state = notNegative(errors, "budget.stateVnd", b.stateVnd());
        long people = notNegative(errors, "budget.peopleCounterpartVnd", b.peopleCounterpartVnd());
        long other = notNegative(errors, "budget.otherVnd", b.otherVnd());
        try {
            Math.addExact(Math.addExact(state, people), other);
        } catch (ArithmeticException e) {
            errors.add(
                    Violation.field("budget", ViolationCode.TOO_LARGE, "The budget's total does not fit in 64 bits"));
        }
        HouseholdsInput h =
                in.households() == null ? new HouseholdsInput(null, null, null, null, null) : in.households();
        int poor = (int) notNegative(errors, "households.poor", h.poor());
        int nearPoor = (int) notNegative(errors, "households.nearPoor", h.nearPoor());
        int escaped = (int) notNegative(errors, "households.newlyEscaped", h.newlyEscaped());
        int minority = (int) notNegative(errors, "households.ethnicMinority", h.ethnicMinority());
        int otherHouseholds = (int) notNegative(errors, "households.other", h.other());
        if ((long) poor + nearPoor + escaped + minority + otherHouseholds > Integer.MAX_VALUE) {
            errors.add(
                    Violation.field("households", ViolationCode.TOO_LARGE, "The household total is implausibly large"));
        }

        ProgramRef program = programCode == null ? null : collect(errors, () -> refs.program("program", programCode));
        ComponentRef component = program == null || componentCode == null
                ? null
                : collect(errors, () -> refs.component("component", program, componentCode));
        ReportRef report = in.reportId() == null ? null : collect(errors, () -> refs.report("reportId", in.reportId()));
        // A report's unit codes are read as of its date (a 2024 report names the communes of 2024); a project
        // entered directly names them as of its start.
        LocalDate at = in.unitAsOf() != null
                ? in.unitAsOf()
                : report != null ? report.issuedOn() : in.startDate() != null ? in.startDate() : LocalDate.now();
        UnitLookup.Unit unit = unitCode == null ? null : collect(errors, () -> refs.unit("unit", unitCode, at));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Resolved(
                program,
                component,
                unit,
                name,
                Text.clean(in.approvalReference()),
                in.startDate(),
                in.endDate(),
                in.status(),
                state,
                people,
                other,
                poor,
                nearPoor,
                escaped,
                minority,
                otherHouseholds,
                Text.clean(in.note()),
                report,
                Text.clean(in.locator()));
    }

    /** The cleaned text (NFC, trimmed), or MISSING when blank. */
    private static String required(List<Violation> errors, String field, String value) {
        String v = Text.clean(value);
        if (v == null) {
            errors.add(Violation.field(field, ViolationCode.MISSING, field + " is required"));
        }
        return v;
    }

    /** An omitted amount or count is 0; a negative one is OUT_OF_RANGE (and 0 stands in for it). */
    private static long notNegative(List<Violation> errors, String field, Number value) {
        if (value == null) {
            return 0;
        }
        if (value.longValue() < 0) {
            errors.add(Violation.field(field, ViolationCode.OUT_OF_RANGE, field + " must be 0 or more"));
            return 0;
        }
        return value.longValue();
    }

    private static <T> T collect(List<Violation> errors, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            errors.addAll(e.errors());
            return null;
        }
    }
}
