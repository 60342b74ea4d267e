package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/** Parses and resolves the list filters (400 for malformed, 422 for unknown codes), then pages by id. */
@ApplicationScoped
public class FundingLineListing {
    /** The query parameters exactly as received. */
    public record ListQuery(
            String program,
            String component,
            String unit,
            String unitId,
            String asOf,
            String year,
            String yearFrom,
            String yearTo,
            String source,
            String capitalType,
            String measure,
            String limit,
            String cursor) {}

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    FundingLineQueries queries;

    @Inject
    CallerScope scope;

    @Transactional
    public Page<FundingLineView> list(ListQuery p) {
        int limit = Params.limit(p.limit());
        Long after = p.cursor() == null || p.cursor().isBlank() ? null : Cursor.decodeId(p.cursor());
        Integer year = Params.intOrNull("year", p.year());
        Integer from = Params.intOrNull("yearFrom", p.yearFrom());
        Integer to = Params.intOrNull("yearTo", p.yearTo());
        if (year != null && (from != null || to != null)) {
            throw ApiException.badParam(
                    "year", ViolationCode.CONFLICTING_PARAMETERS, "Give either year or yearFrom/yearTo");
        }
        if (year != null) {
            from = year;
            to = year;
        }
        checkRange(from, to);
        var source = Params.enumOrNull(FundingSource.class, "source", p.source());
        var capitalType = Params.enumOrNull(CapitalType.class, "capitalType", p.capitalType());
        var measure = Params.enumOrNull(FundingMeasure.class, "measure", p.measure());
        LocalDate asOf = asOf(p.asOf(), from);
        Long unitId = Params.longOrNull("unitId", p.unitId());

        Long programId = blank(p.program())
                ? null
                : programs.requireProgram("program", p.program().strip()).id();
        String component = blank(p.component()) ? null : p.component().strip();
        if (component != null && !queries.componentExists(component, programId)) {
            throw ApiException.invalid(
                    "component",
                    ViolationCode.UNKNOWN_COMPONENT,
                    "No component has code " + component
                            + (programId == null
                                    ? ""
                                    : " in program " + p.program().strip()));
        }
        String path = unitPath(p.unit(), unitId, asOf);
        var filter = new FundingLineQueries.Filter(
                programId, component, path, from, to, source, capitalType, measure, scope.sqlCondition("u.path"));
        return Cursor.page(queries.list(filter, after, limit + 1), limit, v -> Cursor.encode(v.id()));
    }

    /** One line, if the caller's scope covers its unit; else the same 403 whether or not it exists. */
    @Transactional
    public FundingLineView get(long id) {
        return queries.byId(id)
                .filter(l ->
                        scope.covers(units.byId(l.unit().id()).orElseThrow().path()))
                .orElseThrow(() -> scope.notVisible("Funding line", id));
    }

    /** Default date for resolving a unit code: 1 January of the first requested year, else today. */
    static LocalDate asOf(String raw, Integer firstYear) {
        LocalDate asOf = Params.dateOrNull("asOf", raw);
        if (asOf != null) {
            return asOf;
        }
        return firstYear != null && firstYear >= 1 && firstYear <= 9999
                ? LocalDate.of(firstYear, 1, 1)
                : LocalDate.now();
    }

    static void checkRange(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw ApiException.badParam("yearFrom", ViolationCode.EMPTY_RANGE, "yearFrom must not be after yearTo");
        }
    }

    private String unitPath(String code, Long unitId, LocalDate asOf) {
        if (!blank(code) && unitId != null) {
            throw ApiException.badParam("unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId");
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        if (unitId != null) {
            String path = units.byId(unitId)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId))
                    .path();
            scope.requirePath(path, "unitId");
            return path;
        }
        if (blank(code)) {
            return null;
        }
        UnitLookup.Unit unit = units.require("unit", code.strip(), asOf);
        scope.require(unit, "unit");
        return unit.path();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
