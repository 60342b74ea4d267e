package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The single-row write path of funding lines (the API). Bulk uploads share its rules ({@link FundingLineRules}) and
 * write set-based through {@link FundingLineDataset}.
 */
@ApplicationScoped
public class FundingLineService {
    static final String NATURAL_KEY = "funding_line_natural_key";

    /** What an upsert did, and the line as stored afterwards. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Upserted(Outcome outcome, FundingLineView line) {}

    @Inject
    FundingLineRepository lines;

    @Inject
    FundingLineRules rules;

    @Inject
    UnitLookup units;

    @Inject
    FindingRefresh findings;
    // API writes only: upsert is for callers without a caller scope.
    @Inject
    CallerScope scope;

    @Transactional
    public FundingLineView create(FundingLineInput input) {
        FundingLineRules.Resolved r = rules.resolve(input);
        requireScope(r);
        if (lines.findByKey(r).isPresent()) {
            throw duplicate();
        }
        return insert(r);
    }

    @Transactional
    public FundingLineView update(long id, String ifMatch, FundingLineInput input) {
        FundingLine line = requireVisible(id);
        Versioning.check(ifMatch, line.version);
        FundingLineRules.Resolved r = rules.resolve(input);
        requireScope(r);
        Optional<FundingLine> other = lines.findByKey(r);
        if (other.isPresent() && !other.get().id.equals(id)) {
            throw duplicate();
        }
        Long before = line.unitId;
        apply(line, r);
        FundingLineView v = flushAndRead(line);
        if (!before.equals(line.unitId)) {
            // The line left its unit (perhaps its province): the findings there change too.
            findings.units(FundingLineDataset.PATH, before);
        }
        return v;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        FundingLine line = requireVisible(id);
        Versioning.check(ifMatch, line.version);
        lines.delete(line);
        lines.flush();
        findings.units(FundingLineDataset.PATH, line.unitId);
    }

    /**
     * Creates the line or, when its natural key exists, brings that line's amount, spelling, reference and note up to
     * date. Unchanged input leaves the line (and its version) alone, so loading the same data twice is a no-op.
     */
    @Transactional
    public Upserted upsert(FundingLineInput input) {
        FundingLineRules.Resolved r = rules.resolve(input);
        Optional<FundingLine> existing = lines.findByKey(r);
        if (existing.isEmpty()) {
            return new Upserted(Outcome.CREATED, insert(r));
        }
        FundingLine line = existing.get();
        if (line.amountVnd == r.amountVnd()
                && Objects.equals(line.implementingBody, r.implementingBody())
                && Objects.equals(line.reference, r.reference())
                && Objects.equals(line.note, r.note())
                && Objects.equals(
                        line.reportId, r.report() == null ? null : r.report().id())
                && Objects.equals(line.locator, r.locator())) {
            return new Upserted(Outcome.UNCHANGED, lines.view(line.id).orElseThrow());
        }
        apply(line, r);
        return new Upserted(Outcome.UPDATED, flushAndRead(line));
    }

    /** The line's unit, and the report it cites, lie in the caller's subtrees. */
    private void requireScope(FundingLineRules.Resolved r) {
        scope.require(r.unit(), "unit");
        if (r.report() != null) {
            scope.requirePath(r.report().unitPath(), "reportId");
        }
    }

    /** The line, if it exists and its (current) unit is in the caller's scope; probing ids learns nothing. */
    private FundingLine requireVisible(long id) {
        FundingLine line = lines.findById(id);
        if (line == null || !scope.covers(units.byId(line.unitId).orElseThrow().path())) {
            throw scope.notVisible("Funding line", id);
        }
        return line;
    }

    private static void apply(FundingLine line, FundingLineRules.Resolved r) {
        line.programId = r.program().id();
        line.componentId = r.component() == null ? null : r.component().id();
        line.unitId = r.unit().id();
        line.fiscalYear = r.fiscalYear() == null ? null : r.fiscalYear().shortValue();
        line.source = r.source();
        line.capitalType = r.capitalType();
        line.measure = r.measure();
        line.implementingBody = r.implementingBody();
        line.implementingBodyKey = r.implementingBodyKey();
        line.originYear = r.originYear() == null ? null : r.originYear().shortValue();
        line.amountVnd = r.amountVnd();
        line.reference = r.reference();
        line.note = r.note();
        line.reportId = r.report() == null ? null : r.report().id();
        line.locator = r.locator();
        line.updatedAt = Instant.now();
    }

    private FundingLineView insert(FundingLineRules.Resolved r) {
        FundingLine line = new FundingLine();
        apply(line, r);
        line.createdAt = line.updatedAt;
        return flushAndRead(line, () -> lines.persist(line));
    }

    private FundingLineView flushAndRead(FundingLine line) {
        return flushAndRead(line, () -> {});
    }

    /**
     * Writes now (an identity insert runs at persist, an update at flush) so that a duplicate written concurrently,
     * which the key lookup could not see, is a 409 here and not a failed commit; then reads the line back.
     */
    private FundingLineView flushAndRead(FundingLine line, Runnable write) {
        try {
            write.run();
            lines.flush();
        } catch (PersistenceException e) {
            if (violates(e, NATURAL_KEY)) {
                throw duplicate();
            }
            throw e;
        }
        findings.units(FundingLineDataset.PATH, line.unitId);
        return lines.view(line.id).orElseThrow();
    }

    static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && constraint.equalsIgnoreCase(c.getConstraintName())) {
                return true;
            }
            if (t instanceof java.sql.SQLException s
                    && SqlStates.UNIQUE_VIOLATION.equals(s.getSQLState())
                    && String.valueOf(s.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static ApiException duplicate() {
        return ApiException.conflict(
                ErrorCode.DUPLICATE_KEY,
                "A funding line with the same program, component, unit, fiscal"
                        + " year, source, capital type, measure, implementing body and origin year already exists");
    }
}
