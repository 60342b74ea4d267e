package vn.gnbv.tracker.localproject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.localproject.LocalProject.Status;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The single-row write path of local projects / models (the API): codes in, ids stored. Bulk uploads share its rules
 * ({@link LocalProjectRules}) and write set-based through {@link LocalProjectDataset}.
 */
@ApplicationScoped
public class LocalProjectService {
    @Inject
    LocalProjectRepository projects;

    @Inject
    LocalProjectRules rules;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    /** The list's filters, typed; codes trimmed, null = any. */
    public record ListQuery(
            String program,
            String component,
            String unit,
            LocalDate asOf,
            Long unitId,
            Status status,
            Integer year,
            Long report,
            long afterId,
            int limit) {}

    /**
     * Unknown codes are 422 naming the parameter; {@code unit} and {@code unitId} exclude each other; {@code report}
     * reads the projects that report states (the caller's scope still applies to each).
     */
    public Page<LocalProjectDto.View> list(ListQuery q) {
        if (q.unit() != null && q.unitId() != null) {
            throw ApiException.badParam(
                    "unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId, not both");
        }
        Long programId = null;
        if (q.program() != null) {
            ProgramLookup.ProgramRef p = programs.requireProgram("program", q.program());
            programId = p.id();
            if (q.component() != null) {
                programs.requireComponent("component", p, q.component());
            }
        } else if (q.component() != null && !programs.componentExists(q.component(), null)) {
            throw ApiException.invalid(
                    "component", ViolationCode.UNKNOWN_COMPONENT, "No program has a component " + q.component());
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        String path = null;
        if (q.unit() != null) {
            UnitLookup.Unit u = units.require("unit", q.unit(), q.asOf() == null ? LocalDate.now() : q.asOf());
            scope.require(u, "unit");
            path = u.path();
        } else if (q.unitId() != null) {
            UnitLookup.Unit u = units.byId(q.unitId())
                    .orElseThrow(() -> ApiException.invalid(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + q.unitId()));
            scope.require(u, "unitId");
            path = u.path();
        }
        var filter = new LocalProjectRepository.Filter(
                programId, q.component(), path, q.status(), q.year(), q.report(), scope.sqlCondition("u.path"));
        List<LocalProjectDto.View> rows = projects.page(filter, q.afterId(), q.limit() + 1).stream()
                .map(LocalProjectRow::view)
                .toList();
        return Cursor.page(rows, q.limit(), v -> Cursor.encode(v.id()));
    }

    /** One project, if its unit is in the caller's scope; else the same 403 whether or not it exists. */
    @Transactional
    public LocalProjectDto.View get(long id) {
        return view(id).filter(v -> scope.covers(units.byId(v.unit().id()).orElseThrow()))
                .orElseThrow(() -> scope.notVisible("Local project", id));
    }

    /** The project's unit, and the report it cites, must be in the caller's scope; its key must be new. */
    @Transactional
    public LocalProjectDto.View create(LocalProjectDto.Input body) {
        LocalProjectRules.Resolved r = resolve(body, null);
        LocalProject lp = new LocalProject();
        lp.apply(r);
        write(() -> projects.persist(lp));
        return view(lp.getId()).orElseThrow();
    }

    @Transactional
    public LocalProjectDto.View update(long id, String ifMatch, LocalProjectDto.Input body) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        lp.apply(resolve(body, id));
        write(() -> {});
        return view(id).orElseThrow();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        LocalProject lp = find(id);
        Versioning.check(ifMatch, lp.getVersion());
        projects.delete(lp);
    }

    /** The rules, the caller's scope, and no other project (than {@code self}) with the same natural key. */
    private LocalProjectRules.Resolved resolve(LocalProjectDto.Input body, Long self) {
        if (body == null) {
            // Without a JSON body Jackson hands us null.
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body is required");
        }
        LocalProjectRules.Resolved r = rules.resolve(body);
        scope.require(r.unit(), "unit");
        if (r.report() != null) {
            scope.requirePath(r.report().unitPath(), "reportId");
        }
        Optional<Long> other = projects.idByKey(
                r.component().id(),
                r.unit().id(),
                r.name(),
                r.report() == null ? null : r.report().id());
        if (other.isPresent() && !other.get().equals(self)) {
            throw duplicate();
        }
        return r;
    }

    /**
     * Writes now (an identity insert runs at persist, an update at flush), so a duplicate written concurrently, which
     * the key lookup could not see, is a 409 here and the answer shows the stored version and timestamps.
     */
    private void write(Runnable persist) {
        try {
            persist.run();
            projects.flush();
        } catch (PersistenceException e) {
            if (SqlStates.duplicate(e)) {
                throw duplicate();
            }
            throw e;
        }
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

    private static ApiException duplicate() {
        return ApiException.conflict(
                ErrorCode.DUPLICATE_KEY,
                "A local project with the same component, unit and name is already stated in the same report (or"
                        + " entered directly)");
    }
}
