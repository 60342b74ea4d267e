package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.LocalProject.Status;
import vn.gnbv.tracker.security.CallerScope;

/** Local projects / models: codes in, ids stored; every write (API or demo loader) passes the same checks. */
@ApplicationScoped
public class LocalProjectService {
    /** The component and unit a request's codes name. */
    record Target(long componentId, UnitLookup.Unit unit) {
        long unitId() {
            return unit.id();
        }
    }

    @Inject
    LocalProjectRepository projects;

    @Inject
    ComponentRepository components;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    /**
     * Filters by codes (trimmed; null = any): unknown codes are 422 naming the parameter; {@code unit} and
     * {@code unitId} exclude each other.
     */
    public Page<LocalProjectDto.View> list(
            String program,
            String component,
            String unit,
            LocalDate asOf,
            Long unitId,
            Status status,
            Integer year,
            long afterId,
            int limit) {
        if (unit != null && unitId != null) {
            throw ApiException.badParam(
                    "unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId, not both");
        }
        Long programId = null;
        if (program != null) {
            ProgramLookup.ProgramRef p = programs.requireProgram("program", program);
            programId = p.id();
            if (component != null) {
                programs.requireComponent("component", p, component);
            }
        } else if (component != null && !components.codeExists(component)) {
            throw ApiException.invalid(
                    "component", ViolationCode.UNKNOWN_COMPONENT, "No program has a component " + component);
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        String path = null;
        if (unit != null) {
            UnitLookup.Unit u = units.require("unit", unit, asOf == null ? LocalDate.now() : asOf);
            scope.require(u, "unit");
            path = u.path();
        } else if (unitId != null) {
            UnitLookup.Unit u = units.byId(unitId)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId));
            scope.require(u, "unitId");
            path = u.path();
        }
        var filter = new LocalProjectRepository.Filter(
                programId, component, path, status, year, scope.sqlCondition("u.path"));
        List<LocalProjectDto.View> rows = projects.page(filter, afterId, limit + 1).stream()
                .map(LocalProjectRow::view)
                .toList();
        return Cursor.page(rows, limit, v -> Cursor.encode(v.id()));
    }

    /** One project, if its unit is in the caller's scope; else the same 403 whether or not it exists. */
    @Transactional
    public LocalProjectDto.View get(long id) {
        return view(id).filter(v -> scope.covers(units.byId(v.unit().id()).orElseThrow()))
                .orElseThrow(() -> scope.notVisible("Local project", id));
    }

    /** The API's create: the project's unit must be in the caller's scope. */
    @Transactional
    public LocalProjectDto.View create(@Valid LocalProjectDto.Input body) {
        return insert(body, true);
    }

    /** A loader's create (demo data at start-up): there is no caller, so no caller scope. */
    @Transactional
    public LocalProjectDto.View load(@Valid LocalProjectDto.Input body) {
        return insert(body, false);
    }

    private LocalProjectDto.View insert(LocalProjectDto.Input body, boolean scoped) {
        LocalProjectDto.Input in = Writes.requireBody(body).cleaned();
        Target t = resolve(in);
        if (scoped) {
            scope.require(t.unit(), "unit");
        }
        LocalProject lp = new LocalProject();
        lp.apply(t.componentId(), t.unitId(), in);
        projects.persist(lp);
        Writes.flush(projects, "Duplicate local project", null);
        return view(lp.getId()).orElseThrow();
    }

    @Transactional
    public LocalProjectDto.View update(long id, String ifMatch, @Valid LocalProjectDto.Input body) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        LocalProjectDto.Input in = Writes.requireBody(body).cleaned();
        Target t = resolve(in);
        scope.require(t.unit(), "unit");
        lp.apply(t.componentId(), t.unitId(), in);
        Writes.flush(projects, "Duplicate local project", null);
        return view(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        projects.delete(lp);
    }

    /** Whether a project with the input's component, unit and name is already stored (the demo loader's key). */
    @Transactional
    public boolean exists(@Valid LocalProjectDto.Input body) {
        LocalProjectDto.Input in = body.cleaned();
        Target t = resolve(in);
        return projects.exists(t.componentId(), t.unitId(), in.name());
    }

    /** The project, if it exists and its unit is in the caller's scope; probing ids learns nothing. */
    private LocalProject find(long id) {
        if (!projects.unitPath(id).map(scope::covers).orElse(false)) {
            throw scope.notVisible("Local project", id);
        }
        return projects.findById(id);
    }

    private Optional<LocalProjectDto.View> view(long id) {
        return projects.row(id).map(LocalProjectRow::view);
    }

    /** Resolves the codes and checks the rules a single field's annotation cannot express. */
    private Target resolve(LocalProjectDto.Input in) {
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw ApiException.invalid("endDate", ViolationCode.BEFORE_START, "endDate must not be before startDate");
        }
        LocalProjectDto.BudgetInput b = in.budgetOrZero();
        try {
            Math.addExact(Math.addExact(b.stateVnd(), b.peopleCounterpartVnd()), b.otherVnd());
        } catch (ArithmeticException e) {
            throw ApiException.invalid("budget", ViolationCode.TOO_LARGE, "The budget's total does not fit in 64 bits");
        }
        LocalProjectDto.HouseholdsInput h = in.householdsOrZero();
        long households = (long) h.poor() + h.nearPoor() + h.newlyEscaped() + h.ethnicMinority() + h.other();
        if (households > Integer.MAX_VALUE) {
            throw ApiException.invalid(
                    "households", ViolationCode.TOO_LARGE, "The household total is implausibly large");
        }
        ProgramLookup.ProgramRef p = programs.requireProgram("program", in.program());
        ProgramLookup.ComponentRef c = programs.requireComponent("component", p, in.component());
        LocalDate at =
                in.unitAsOf() != null ? in.unitAsOf() : in.startDate() != null ? in.startDate() : LocalDate.now();
        UnitLookup.Unit u = units.require("unit", in.unit(), at);
        return new Target(c.id(), u);
    }
}
