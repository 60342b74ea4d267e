package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/** Parses and resolves the list filters (400 for malformed, 422 for unknown codes), then pages by id. */
@ApplicationScoped
public class FundingLineListing {
    /** The query parameters, typed; codes trimmed, null when absent. */
    public record ListQuery(
            String program,
            String component,
            String unit,
            Long unitId,
            LocalDate asOf,
            Integer year,
            Integer yearFrom,
            Integer yearTo,
            FundingSource source,
            CapitalType capitalType,
            FundingMeasure measure,
            Long report,
            boolean alternatives,
            int limit,
            String cursor) {}

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    FundingLineRepository lines;

    @Inject
    CallerScope scope;

    @Transactional
    public Page<FundingLineView> list(ListQuery p) {
        int limit = p.limit();
        Long after = p.cursor() == null || p.cursor().isBlank() ? null : Cursor.decodeId(p.cursor());
        Integer from = p.yearFrom();
        Integer to = p.yearTo();
        if (p.year() != null && (from != null || to != null)) {
            throw ApiException.badParam(
                    "year", ViolationCode.CONFLICTING_PARAMETERS, "Give either year or yearFrom/yearTo");
        }
        if (p.year() != null) {
            from = p.year();
            to = p.year();
        }
        checkRange(from, to);
        LocalDate asOf = asOf(p.asOf(), from);

        Long programId = p.program() == null
                ? null
                : programs.requireProgram("program", p.program()).id();
        String component = p.component();
        if (component != null && !programs.componentExists(component, programId)) {
            throw ApiException.invalid(
                    "component",
                    ViolationCode.UNKNOWN_COMPONENT,
                    "No component has code " + component + (programId == null ? "" : " in program " + p.program()));
        }
        String path = unitPath(p.unit(), p.unitId(), asOf);
        var filter = new FundingLineRepository.Filter(
                programId,
                component,
                path,
                from,
                to,
                p.source(),
                p.capitalType(),
                p.measure(),
                p.report(),
                p.alternatives(),
                scope.sqlCondition("u.path"));
        return Cursor.page(lines.list(filter, after, limit + 1), limit, v -> Cursor.encode(v.id()));
    }

    /** One line, if the caller's scope covers its unit; else the same 403 whether or not it exists. */
    @Transactional
    public FundingLineView get(long id) {
        return lines.view(id)
                .filter(l ->
                        scope.covers(units.byId(l.unit().id()).orElseThrow().path()))
                .orElseThrow(() -> scope.notVisible("Funding line", id));
    }

    /** Default date for resolving a unit code: 1 January of the first requested year, else today. */
    static LocalDate asOf(LocalDate asOf, Integer firstYear) {
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
        if (code != null && unitId != null) {
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
        if (code == null) {
            return null;
        }
        UnitLookup.Unit unit = units.require("unit", code, asOf);
        scope.require(unit, "unit");
        return unit.path();
    }
}
