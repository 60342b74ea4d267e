package vn.gnbv.tracker.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.security.CallerScope;

/**
 * Sign-offs: read within the caller's scope, moved along their state machine ({@link ApprovalRules}) by whom
 * {@link ApprovalPermissions} allows, under the rules of {@link ApprovalChecks} (children first, findings explained).
 * Each transition writes the sign-off entity, which the audit trail records (SIGN_OFF).
 */
@ApplicationScoped
public class ApprovalService {
    /** The list's query parameters, typed; codes trimmed, null when absent. */
    public record ListQuery(
            String unit,
            String parent,
            LocalDate asOf,
            String program,
            Period period,
            SignOffDataset dataset,
            SignOffStatus status,
            boolean awaitingMe) {}

    /** A key as the API names it: unit code (read at {@code asOf}, default the period's first day) and codes. */
    public record KeyQuery(String unit, LocalDate asOf, String program, Period period, SignOffDataset dataset) {}

    @Inject
    SignOffRepository signOffs;

    @Inject
    ApprovalPermissions permissions;

    @Inject
    ApprovalChecks checks;

    @Inject
    UnitLookup units;

    @Inject
    ProgramLookup programs;

    @Inject
    CallerScope scope;

    @Transactional
    public Page<ApprovalDto.View> list(ListQuery q, int limit, String cursor) {
        Long before = cursor == null ? null : Cursor.decodeId(cursor);
        LocalDate at = q.asOf() != null ? q.asOf() : LocalDate.now();
        String unitPath = null;
        if (q.unit() != null) {
            UnitLookup.Unit u = units.requireArea("unit", q.unit(), at);
            scope.require(u, "unit");
            unitPath = u.national() ? null : u.path();
        }
        SignOffRepository.Parent parent = null;
        if (q.parent() != null) {
            UnitLookup.Unit p = units.requireArea("parent", q.parent(), at);
            scope.require(p, "parent");
            parent = new SignOffRepository.Parent(p.national() ? null : p.id(), at);
        }
        Long programId = q.program() == null
                ? null
                : programs.requireProgram("program", q.program()).id();
        var filter = new SignOffRepository.Filter(
                unitPath,
                parent,
                programId,
                q.period() == null ? null : q.period().id(),
                q.dataset(),
                q.status(),
                q.awaitingMe() ? permissions.awaitingCondition() : null,
                scope.sqlCondition("u.path"));
        List<ApprovalDto.View> rows = signOffs.list(filter, before, limit + 1).stream()
                .map(this::view)
                .toList();
        return Cursor.page(rows, limit, v -> Cursor.encode(v.id()));
    }

    @Transactional
    public ApprovalDto.View get(long id) {
        SignOffRepository.Row r = signOffs.row(id).orElseThrow(() -> scope.notVisible("Sign-off", id));
        if (!scope.covers(r.unitPath())) {
            throw scope.notVisible("Sign-off", id);
        }
        return view(r);
    }

    /** The sign-off of a key (DRAFT at version 0 when it has no row), with what holds it up. */
    @Transactional
    public ApprovalDto.View byKey(KeyQuery q) {
        ApprovalKey key = resolve(q);
        SignOff s = signOffs.byKey(
                        key.unit().id(),
                        key.program().id(),
                        key.dataset(),
                        key.period().id(),
                        false)
                .orElse(null);
        return view(key, s, checks.pendingChildren(key), checks.blockingFindings(key));
    }

    /** Moves the key's sign-off to {@code in.status()}; see the class comment. */
    @Transactional
    public ApprovalDto.View setStatus(KeyQuery q, String ifMatch, @Valid ApprovalDto.StatusInput in) {
        if (in == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body {status, reason} is required");
        }
        ApprovalKey key = resolve(q);
        SignOffStatus to = in.status();
        permissions.require(to, key.unit());
        SignOff s = signOffs.byKey(
                        key.unit().id(),
                        key.program().id(),
                        key.dataset(),
                        key.period().id(),
                        true)
                .orElse(null);
        SignOffStatus from = s == null ? SignOffStatus.DRAFT : s.status;
        Versioning.check(ifMatch, s == null ? 0 : s.version);
        String reason = Text.clean(in.reason());
        if (ApprovalRules.needsReason(to) && reason == null) {
            throw ApiException.invalid(
                    "reason", ViolationCode.MISSING, "Say why the figures go back: a reason is required");
        }
        if (!ApprovalRules.legal(from, to)) {
            throw ApiException.conflict(
                    ErrorCode.APPROVAL_TRANSITION_INVALID,
                    "A " + from + " sign-off cannot become " + to
                            + (from == to
                                    ? ""
                                    : "; it may become "
                                            + permissions.allowed(
                                                    from,
                                                    key.unit().path(),
                                                    key.unit().level())));
        }
        checks.require(key, to);
        Instant now = Instant.now();
        if (s == null) {
            s = new SignOff();
            s.unitId = key.unit().id();
            s.programId = key.program().id();
            s.dataset = key.dataset();
            s.period = key.period().id();
            s.fiscalYear = key.year() == null ? null : key.year().shortValue();
            s.version = 0;
            s.createdAt = now;
        }
        s.status = to;
        s.reason = reason;
        s.changedBy = scope.actor().username();
        s.changedAt = now;
        s.updatedAt = now;
        s.version++;
        try {
            if (s.id == null) {
                signOffs.persist(s);
            }
            signOffs.flush();
        } catch (PersistenceException e) {
            if (SqlStates.duplicate(e)) {
                throw ApiException.conflict(
                        ErrorCode.CONCURRENT_MODIFICATION, "Someone moved this sign-off meanwhile; reload and retry");
            }
            throw e;
        }
        return view(key, s, null, null);
    }

    /** The key's parts resolved and checked: 422 for unknown codes or a period outside the program, 403 outside scope. */
    private ApprovalKey resolve(KeyQuery q) {
        ProgramLookup.ProgramRef program = programs.requireProgram("program", q.program());
        Period period = q.period();
        Integer year = null;
        int from = period.start().getYear();
        int to = period.end().getYear();
        if (q.dataset() == SignOffDataset.FUNDING) {
            boolean phase = from == program.startYear()
                    && to == program.endYear()
                    && period.id().contains("/");
            boolean fiscalYear =
                    period.id().matches("\\d{4}") && from >= program.startYear() && from <= program.endYear() + 1;
            if (!phase && !fiscalYear) {
                throw ApiException.invalid(
                        "period",
                        ViolationCode.INVALID_PERIOD,
                        "A FUNDING sign-off is for a fiscal year of " + program.code() + " (" + program.startYear()
                                + "–" + (program.endYear() + 1) + ") or its whole phase " + program.startYear() + "/"
                                + program.endYear());
            }
            year = fiscalYear ? from : null;
        } else if (from < program.startYear() || to > program.endYear()) {
            throw ApiException.invalid(
                    "period",
                    ViolationCode.INVALID_PERIOD,
                    "Period " + period.id() + " lies outside " + program.code() + " (" + program.startYear() + "–"
                            + program.endYear() + ")");
        }
        LocalDate at = q.asOf() != null ? q.asOf() : period.start();
        UnitLookup.Unit unit = units.require("unit", q.unit(), at);
        scope.require(unit, "unit");
        return new ApprovalKey(unit, program, q.dataset(), period, year);
    }

    private ApprovalDto.View view(SignOffRepository.Row r) {
        return new ApprovalDto.View(
                r.id(),
                r.unit(),
                r.program(),
                r.dataset(),
                r.period(),
                r.status(),
                r.reason(),
                r.changedBy(),
                r.changedAt(),
                r.version(),
                permissions.allowed(r.status(), r.unitPath(), r.unit().level()),
                null,
                null);
    }

    private ApprovalDto.View view(
            ApprovalKey key, SignOff s, List<ApprovalDto.Child> pending, List<ApprovalDto.BlockingFinding> blocking) {
        SignOffStatus status = s == null ? SignOffStatus.DRAFT : s.status;
        return new ApprovalDto.View(
                s == null ? null : s.id,
                UnitRef.of(key.unit()),
                key.program().code(),
                key.dataset(),
                key.period().id(),
                status,
                s == null ? null : s.reason,
                s == null ? null : s.changedBy,
                s == null ? null : s.changedAt,
                s == null ? 0 : s.version,
                permissions.allowed(status, key.unit().path(), key.unit().level()),
                pending,
                blocking);
    }
}
