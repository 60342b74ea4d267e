package vn.gnbv.tracker.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingFigures;
import vn.gnbv.tracker.funding.FundingSummary;
import vn.gnbv.tracker.funding.FundingSummaryService;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.Indicator;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;
import vn.gnbv.tracker.indicator.IndicatorService;
import vn.gnbv.tracker.indicator.IndicatorValueQueries;
import vn.gnbv.tracker.indicator.RollupService;
import vn.gnbv.tracker.indicator.ValueKind;
import vn.gnbv.tracker.program.ComponentDto;
import vn.gnbv.tracker.program.ComponentService;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;
import vn.gnbv.tracker.program.ProgramService;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Reads the annexes' figures through the services the API answers with (funding summary, indicator roll-ups), never
 * computing one itself: an export equals what the same question to the API answers. Callers run it in a transaction.
 */
@ApplicationScoped
public class AnnexFigures {
    /** The poor / near-poor counts and rates every indicator annex shows first, whether stated or not. */
    static final List<String> POVERTY = List.of("HH_TOTAL", "HH_POOR", "POOR_RATE", "HH_NEAR_POOR", "NEAR_POOR_RATE");

    /**
     * What an export is about; {@code yearFrom}/{@code yearTo} null: the whole phase, as in the summary. {@code asOf}
     * (when units are read) defaults to 1 January of the first year exported, so a district the 2025 reform
     * abolished still exports its own years.
     */
    public record Query(String program, String unit, LocalDate asOf, Integer yearFrom, Integer yearTo) {}

    @Inject
    ProgramLookup programs;

    @Inject
    ProgramService programService;

    @Inject
    ComponentService components;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    @Inject
    FundingSummaryService funding;

    @Inject
    RollupService rollups;

    @Inject
    IndicatorValueQueries values;

    @Inject
    IndicatorService indicators;

    @Inject
    SignOffStatus signOffs;

    /** The summary question an export asks, exactly as {@code GET /funding-summary} would be asked it. */
    static FundingSummaryService.SummaryQuery summaryQuery(Query q) {
        return FundingSummaryService.SummaryQuery.subtree(q.program(), q.unit(), q.asOf(), q.yearFrom(), q.yearTo());
    }

    /** The query with its default date filled in (1 January of the first year exported). */
    Query resolved(Query q) {
        if (q.asOf() != null) {
            return q;
        }
        int first = q.yearFrom() != null
                ? q.yearFrom()
                : programs.requireProgram("program", q.program()).startYear();
        return new Query(q.program(), q.unit(), LocalDate.of(first, 1, 1), q.yearFrom(), q.yearTo());
    }

    Annex.Funding funding(Query given) {
        Query q = resolved(given);
        FundingSummaryService.SummaryQuery sq = summaryQuery(q);
        FundingSummary summary = funding.summary(sq);
        Annex.Header header = header(q, sq.asOf(), SignOffStatus.Dataset.FUNDING, false);
        Map<String, Map<Integer, FundingFigures>> byYear = new HashMap<>();
        Map<String, FundingFigures> whole = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (int y = header.firstYear(); y <= header.lastYear(); y++) {
            years.add(y);
        }
        for (FundingSummary.Row r : summary.rows()) {
            String code = r.component().code();
            if (r.fiscalYear() == null) {
                whole.put(code, r.figures());
            } else {
                byYear.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(r.fiscalYear(), r.figures());
                years.add(r.fiscalYear());
            }
        }
        List<Annex.ComponentRow> rows = new ArrayList<>();
        for (ComponentDto.View c : components
                .tree(programs.requireProgram("program", q.program()).id())
                .items()) {
            rows.add(new Annex.ComponentRow(
                    c.code(),
                    c.kind().name(),
                    c.nameVi(),
                    c.depth(),
                    byYear.getOrDefault(c.code(), Map.of()),
                    whole.get(c.code())));
        }
        Map<Integer, FundingFigures> totalByYear = new LinkedHashMap<>();
        FundingFigures totalWhole = null;
        for (FundingSummary.YearTotal t : summary.totals()) {
            if (t.fiscalYear() == null) {
                totalWhole = t.figures();
            } else {
                totalByYear.put(t.fiscalYear(), t.figures());
                years.add(t.fiscalYear());
            }
        }
        Annex.ComponentRow total = new Annex.ComponentRow(null, "PROGRAM", "Tổng cộng", -1, totalByYear, totalWhole);
        return new Annex.Funding(header, List.copyOf(years), rows, total, funding.sources(sq));
    }

    Annex.Indicators indicators(Query given) {
        Query q = resolved(given);
        LocalDate asOf = q.asOf();
        Annex.Header header = header(q, asOf, SignOffStatus.Dataset.INDICATORS, true);
        UnitLookup.Unit unit = units.requireArea("unit", q.unit(), asOf);
        scope.require(unit, "unit");
        // The nation's table keeps the core rows and the years: listing what every commune states would scan it all.
        List<IndicatorValueQueries.StatedCell> stated =
                unit.national() ? List.of() : values.statedCells(unit, header.firstYear(), header.lastYear());
        List<String> periods = periods(
                header,
                stated.stream().map(IndicatorValueQueries.StatedCell::period).toList());
        Set<String> codes = new LinkedHashSet<>(POVERTY);
        stated.stream().map(IndicatorValueQueries.StatedCell::code).sorted().forEach(codes::add);
        List<Annex.IndicatorRow> rows = new ArrayList<>();
        for (String code : codes) {
            Indicator ind = indicators.byCode(code);
            if (ind == null) {
                continue; // a core indicator an administrator removed from the catalogue
            }
            Map<String, Rollup> byPeriod = new LinkedHashMap<>();
            for (String p : periods) {
                Rollup r = rollups.rollup(new RollupService.Query(
                        new Code(code), new Code(q.unit()), Period.field("period", p), ValueKind.ACTUAL, asOf, null));
                if (r.value() != null || r.reportedValue() != null || r.target() != null) {
                    byPeriod.put(p, r);
                }
            }
            rows.add(new Annex.IndicatorRow(code, ind.nameVi, ind.unitOfMeasure.name(), byPeriod));
        }
        return new Annex.Indicators(header, periods, rows);
    }

    /**
     * The annex's columns: each year of the header's range with the shorter periods stated within it (halves,
     * quarters, months, in order), then the ranges of several years stated within it, shorter first, and the whole
     * range.
     */
    static List<String> periods(Annex.Header h, Collection<String> stated) {
        Set<String> all = new HashSet<>(stated);
        for (int y = h.firstYear(); y <= h.lastYear(); y++) {
            all.add(String.valueOf(y));
        }
        if (h.lastYear() > h.firstYear()) {
            all.add(h.firstYear() + "/" + h.lastYear());
        }
        return all.stream()
                .map(Period::tryParse)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Period p) -> p.id().contains("/"))
                        .thenComparing(Period::start)
                        // a year before its halves and quarters; a shorter range of years before a longer one
                        .thenComparingLong(p -> p.id().contains("/")
                                ? p.end().toEpochDay()
                                : -p.end().toEpochDay()))
                .map(Period::id)
                .toList();
    }

    private Annex.Header header(Query q, LocalDate asOf, SignOffStatus.Dataset dataset, boolean wholeRange) {
        ProgramRef program = programs.requireProgram("program", q.program());
        int first = q.yearFrom() != null ? q.yearFrom() : program.startYear();
        int last = q.yearTo() != null ? q.yearTo() : program.endYear();
        if (last < first) {
            throw ApiException.badParam("yearTo", ViolationCode.OUT_OF_RANGE, "yearTo must not be before yearFrom");
        }
        UnitLookup.Unit unit = units.requireArea("unit", q.unit(), asOf);
        scope.require(unit, "unit");
        Map<String, SignOffStatus.Status> signOff = new LinkedHashMap<>();
        for (int y = first; y <= last; y++) {
            signOff.put(String.valueOf(y), signOffs.of(unit, program.code(), String.valueOf(y), dataset));
        }
        if (wholeRange && last > first) {
            String range = first + "/" + last;
            signOff.put(range, signOffs.of(unit, program.code(), range, dataset));
        }
        return new Annex.Header(
                program.code(),
                programService.get(program.id()).nameVi(),
                UnitRef.of(unit),
                asOf,
                first,
                last,
                signOff);
    }
}
