package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Text;
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
    EntityManager em;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    LocalProjectQueries queries;

    @Inject
    CallerScope scope;

    /** Filters by codes: unknown codes are 422 naming the parameter; {@code unit} and {@code unitId} exclude each
     * other. */
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
        if (Text.clean(unit) != null && unitId != null) {
            throw ApiException.badParam(
                    "unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId, not both");
        }
        Long programId = null;
        String componentCode = Text.clean(component);
        if (Text.clean(program) != null) {
            ProgramLookup.ProgramRef p = programs.requireProgram("program", Text.clean(program));
            programId = p.id();
            if (componentCode != null) {
                programs.requireComponent("component", p, componentCode);
            }
        } else if (componentCode != null
                && !Rows.exists(em, "select 1 from program_component where code = ?1", componentCode)) {
            throw ApiException.invalid(
                    "component", ViolationCode.UNKNOWN_COMPONENT, "No program has a component " + componentCode);
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        String path = null;
        if (Text.clean(unit) != null) {
            UnitLookup.Unit u = units.require("unit", Text.clean(unit), asOf == null ? LocalDate.now() : asOf);
            scope.require(u, "unit");
            path = u.path();
        } else if (unitId != null) {
            UnitLookup.Unit u = units.byId(unitId)
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId));
            scope.require(u, "unitId");
            path = u.path();
        }
        return queries.page(
                new LocalProjectQueries.Filter(
                        programId, componentCode, path, status, year, scope.sqlCondition("u.path")),
                afterId,
                limit);
    }

    /** One project, if its unit is in the caller's scope; else the same 403 whether or not it exists. */
    @Transactional
    public LocalProjectDto.View get(long id) {
        return queries.byId(id)
                .filter(v -> scope.covers(units.byId(v.unit().id()).orElseThrow()))
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
        LocalProjectDto.Input in = Rows.requireBody(body).cleaned();
        Target t = resolve(in);
        if (scoped) {
            scope.require(t.unit(), "unit");
        }
        LocalProject lp = new LocalProject();
        lp.apply(t.componentId(), t.unitId(), in);
        em.persist(lp);
        Rows.flush(em, "Duplicate local project");
        return queries.byId(lp.getId()).orElseThrow();
    }

    @Transactional
    public LocalProjectDto.View update(long id, String ifMatch, @Valid LocalProjectDto.Input body) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        LocalProjectDto.Input in = Rows.requireBody(body).cleaned();
        Target t = resolve(in);
        scope.require(t.unit(), "unit");
        lp.apply(t.componentId(), t.unitId(), in);
        Rows.flush(em, "Duplicate local project");
        return queries.byId(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        em.remove(lp);
    }

    /** Whether a project with the input's component, unit and name is already stored (the demo loader's key). */
    @Transactional
    public boolean exists(@Valid LocalProjectDto.Input body) {
        LocalProjectDto.Input in = body.cleaned();
        Target t = resolve(in);
        return queries.exists(t.componentId(), t.unitId(), in.name());
    }

    /** The project, if it exists and its unit is in the caller's scope; probing ids learns nothing. */
    private LocalProject find(long id) {
        List<?> path = em.createNativeQuery("select u.path from local_project lp join admin_unit u on u.id = lp.unit_id"
                        + " where lp.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (path.isEmpty() || !scope.covers((String) path.get(0))) {
            throw scope.notVisible("Local project", id);
        }
        return em.find(LocalProject.class, id);
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
