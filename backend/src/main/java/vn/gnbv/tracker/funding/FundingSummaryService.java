package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;
import vn.gnbv.tracker.security.CallerScope;

/** Funding summaries of a unit subtree: by component × year, and one year's drill-down into child units. */
@ApplicationScoped
public class FundingSummaryService {
    /** The extra grouping a summary can ask for: API name → column. */
    static final Map<String, String> GROUPS = Map.of("source", "source", "capitalType", "capital_type");

    public record SummaryQuery(
            String program,
            String unit,
            LocalDate asOf,
            Integer yearFrom,
            Integer yearTo,
            String component,
            FundingSummary.ComponentLevel level,
            List<String> groupBy,
            LineFilter lines,
            boolean own) {
        /**
         * The summary of a unit's subtree by component (every level) over a range of years, counting the current line
         * of each key: what {@code GET /funding-summary} answers without filters, for the exports and drafted reports.
         */
        public static SummaryQuery subtree(
                String program, String unit, LocalDate asOf, Integer yearFrom, Integer yearTo) {
            return new SummaryQuery(
                    program,
                    unit,
                    FundingLineListing.asOf(asOf, yearFrom),
                    yearFrom,
                    yearTo,
                    null,
                    FundingSummary.ComponentLevel.LEAF,
                    List.of(),
                    LineFilter.of(null, null, null),
                    false);
        }
    }

    /** A report cited by lines a summary counts, and how many of them (report null: lines entered without one). */
    public record Source(Long reportId, String number, LocalDate issuedOn, String title, long lines) {}

    @Inject
    FundingLineRepository lines;

    @Inject
    FundingNodeCells cells;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    FundingReform reform;

    @Inject
    CallerScope callerScope;

    @Transactional
    public FundingSummary summary(SummaryQuery q) {
        ProgramRef program = programs.requireProgram("program", q.program());
        if (q.component() != null) {
            programs.requireComponent("component", program, q.component());
        }
        UnitLookup.Unit unit = units.requireArea("unit", q.unit(), q.asOf());
        callerScope.require(unit, "unit");
        List<String> extra = q.groupBy().stream().map(GROUPS::get).toList();
        FundingReform.Scope scope = reform.scope(unit, q.asOf());

        String inScope = callerScope.sqlCondition("u.path");
        FundingLineRepository.Region region = region(q, program, unit, scope, kept(q, unit));
        List<FundingSummary.Row> out = lines.summaryRows(q, extra, region, inScope);
        List<FundingSummary.YearTotal> years = lines.summaryTotals(q, region, inScope);
        return new FundingSummary(
                program.code(),
                UnitRef.of(unit),
                q.asOf(),
                q.level(),
                q.groupBy(),
                q.own() ? FundingSummary.Scope.OWN : FundingSummary.Scope.SUBTREE,
                out,
                years,
                reform.treatment(scope, program.id(), callerScope.sqlCondition("u.path")));
    }

    /**
     * The reports the lines of {@link #summary} cite (the same lines: program, subtree with the pre-reform units mapped
     * in, scope, filters and years), oldest first, so an export can say where its figures come from.
     */
    @Transactional
    public List<Source> sources(SummaryQuery q) {
        ProgramRef program = programs.requireProgram("program", q.program());
        UnitLookup.Unit unit = units.requireArea("unit", q.unit(), q.asOf());
        callerScope.require(unit, "unit");
        FundingReform.Scope scope = reform.scope(unit, q.asOf());
        return lines.sources(q, region(q, program, unit, scope, false), callerScope.sqlCondition("u.path"));
    }

    /** The lines a summary reads: program, subtree (pre-reform units mapped in) and years, defaulting to the phase. */
    private static FundingLineRepository.Region region(
            SummaryQuery q, ProgramRef program, UnitLookup.Unit unit, FundingReform.Scope scope, boolean kept) {
        return new FundingLineRepository.Region(
                program.id(),
                unit.id(),
                unit.path(),
                scope.wholeIds(),
                q.yearFrom() == null ? program.startYear() : q.yearFrom(),
                q.yearTo() == null ? program.endYear() : q.yearTo(),
                kept);
    }

    /**
     * Whether the summary reads the maintained national cells (V097): the nation's whole subtree for a national
     * caller, counting each key's current line. Filters by body, origin or report read the lines.
     */
    private boolean kept(SummaryQuery q, UnitLookup.Unit unit) {
        return unit.national()
                && !q.own()
                && callerScope.national()
                && q.lines().currentOnly();
    }

    @Transactional
    public FundingSummary.Children children(
            String programCode, String unitCode, LocalDate asOf, int year, String component, LineFilter filter) {
        ProgramRef program = programs.requireProgram("program", programCode);
        if (component != null) {
            programs.requireComponent("component", program, component);
        }
        UnitLookup.Unit unit = units.requireArea("unit", unitCode, asOf);
        callerScope.require(unit, "unit");
        FundingReform.Scope scope = reform.scope(unit, asOf);
        FundingLineRepository.ChildFigures figures = unit.national()
                        && callerScope.national()
                        && filter.currentOnly()
                        && cells.childrenKept(program.id(), asOf, year)
                ? cells.children(program.id(), asOf, year, component)
                : lines.children(
                        program.id(),
                        unit,
                        asOf,
                        year,
                        component,
                        scope.mapOldIds(),
                        scope.mapChildIds(),
                        callerScope.sqlCondition("u.path"),
                        filter);
        return new FundingSummary.Children(
                program.code(),
                UnitRef.of(unit),
                asOf,
                year,
                component,
                figures.children(),
                figures.own(),
                figures.total(),
                reform.treatment(scope, program.id(), callerScope.sqlCondition("u.path")));
    }
}
