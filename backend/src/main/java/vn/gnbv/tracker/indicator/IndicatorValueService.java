package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueInput;
import vn.gnbv.tracker.report.BatchReports;
import vn.gnbv.tracker.report.ReportLookup;
import vn.gnbv.tracker.report.ReportRef;
import vn.gnbv.tracker.security.CallerScope;

/** Indicator values: one exact decimal per (indicator, unit, period, kind, category). */
@ApplicationScoped
public class IndicatorValueService {
    private static final String DUPLICATE =
            "A value with the same indicator, unit, period, kind and category already exists";

    @Inject
    FindingRefresh findings;

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorService indicators;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    @Inject
    ReportLookup reports;

    @Inject
    IndicatorCategoryRepository categoryCodes;

    /** The value, if it exists and its unit is in the caller's scope; probing ids learns nothing. */
    private IndicatorValue requireVisible(long id) {
        IndicatorValue v = values.findById(id);
        if (v == null || !scope.covers(units.byId(v.unitId).orElseThrow())) {
            throw scope.notVisible("Indicator value", id);
        }
        return v;
    }

    @Transactional
    public IndicatorValue create(ValueInput in) {
        IndicatorValue v = new IndicatorValue();
        apply(v, in);
        values.persist(v);
        Flush.unique(values, DUPLICATE);
        findings.units(IndicatorValueDataset.PATH, v.unitId);
        return v;
    }

    @Transactional
    public IndicatorValue update(long id, String ifMatch, ValueInput in) {
        IndicatorValue v = requireVisible(id);
        Versioning.check(ifMatch, v.version);
        Long before = v.unitId;
        apply(v, in);
        Flush.unique(values, DUPLICATE);
        findings.units(IndicatorValueDataset.PATH, before.equals(v.unitId) ? null : before, v.unitId);
        return v;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        IndicatorValue v = requireVisible(id);
        Versioning.check(ifMatch, v.version);
        values.delete(v);
        values.flush();
        findings.units(IndicatorValueDataset.PATH, v.unitId);
    }

    /** A value input that passed every check, with its references resolved. */
    public record Resolved(
            Indicator ind,
            UnitLookup.Unit unit,
            Period period,
            ValueKind kind,
            String category,
            BigDecimal amount,
            String note,
            ReportRef report,
            String locator,
            TargetComparator comparator) {}

    /**
     * Where codes are resolved: the database for single writes, an in-memory index for bulk uploads. {@code
     * indicator} answers null for an unknown code; {@code unit} answers or throws a 422 naming the field.
     */
    public interface Refs {
        Indicator indicator(String code);

        UnitLookup.Unit unit(String field, String code, LocalDate at);

        /** The report with this id, or a 422 naming {@code field}. */
        ReportRef report(String field, long id);

        /** The indicator's category codes (empty: it has no categories). */
        java.util.Set<String> categories(Indicator ind);
    }

    private Resolved resolve(ValueInput in) {
        return resolve(in, new Refs() {
            public Indicator indicator(String code) {
                return indicators.byCode(code);
            }

            public UnitLookup.Unit unit(String field, String code, LocalDate at) {
                return units.require(field, code, at);
            }

            public ReportRef report(String field, long id) {
                return reports.byId(id).orElseThrow(() -> BatchReports.unknown(field, id));
            }

            public java.util.Set<String> categories(Indicator ind) {
                return java.util.Set.copyOf(
                        categoryCodes.of(ind.id).stream().map(c -> c.code).toList());
            }
        });
    }

    /** Every rule of a value, all broken ones reported at once (422 VALIDATION_FAILED). */
    public static Resolved resolve(ValueInput in, Refs refs) {
        new MaxLength()
                .check("indicator", in.indicator(), MaxLength.CODE)
                .check("unit", in.unit(), MaxLength.UNIT_CODE)
                .check("period", in.period(), MaxLength.PERIOD)
                .check("category", in.category(), MaxLength.CATEGORY)
                .check("value", in.value(), MaxLength.VALUE)
                .check("note", in.note(), MaxLength.NOTE)
                .check("locator", in.locator(), MaxLength.LOCATOR)
                .enforce();
        Violations errors = new Violations();
        Indicator ind = refs.indicator(Text.clean(in.indicator()));
        if (ind == null) {
            errors.add(
                    "indicator",
                    ViolationCode.UNKNOWN_INDICATOR,
                    "No indicator has code " + Text.clean(in.indicator()));
        }
        Period period = errors.capture(() -> Period.field("period", in.period()));
        ReportRef report = in.reportId() == null ? null : errors.capture(() -> refs.report("reportId", in.reportId()));
        UnitLookup.Unit unit = null;
        if (period != null) {
            // A report's unit codes are read as of its date: a 2024 report names the districts of 2024.
            LocalDate at = in.unitAsOf() != null ? in.unitAsOf() : report != null ? report.issuedOn() : period.start();
            unit = errors.capture(() -> refs.unit("unit", Text.clean(in.unit()), at));
        }
        String category = Text.clean(in.category());
        if (ind != null && category != null) {
            category(errors, ind, category, refs.categories(ind));
        }
        TargetComparator comparator = comparator(errors, in);
        BigDecimal amount = parseValue(errors, in.value(), ind);
        errors.throwIfAny();
        return new Resolved(
                ind,
                unit,
                period,
                in.kind(),
                category,
                amount,
                Text.clean(in.note()),
                report,
                Text.clean(in.locator()),
                comparator);
    }

    /** A category must be one of the indicator's codes; none stands for the reported total. */
    static void category(Violations errors, Indicator ind, String category, java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            errors.add("category", ViolationCode.CATEGORY_NOT_ALLOWED, "Indicator " + ind.code + " has no categories");
        } else if (!codes.contains(category)) {
            errors.add(
                    "category",
                    ViolationCode.UNKNOWN_CATEGORY,
                    "Indicator " + ind.code + " has no category " + category + "; its codes are "
                            + String.join(", ", new java.util.TreeSet<>(codes)));
        }
    }

    /** The bound of a TARGET; any other kind states none. */
    private static TargetComparator comparator(Violations errors, ValueInput in) {
        TargetComparator c;
        try {
            c = TargetComparator.parse(in.comparator());
        } catch (IllegalArgumentException e) {
            errors.add(
                    "comparator",
                    ViolationCode.UNKNOWN_CODE,
                    "comparator must be one of GT, GE, LT, LE, EQ, APPROX, not " + in.comparator());
            return null;
        }
        if (c != null && in.kind() != ValueKind.TARGET) {
            errors.add(
                    "comparator",
                    ViolationCode.COMPARATOR_NOT_ALLOWED,
                    "Only a TARGET states a bound; this value is " + in.kind());
            return null;
        }
        return c;
    }

    /** The API's create and update: the target unit must be in the caller's scope. */
    private void apply(IndicatorValue v, ValueInput in) {
        Resolved r = resolve(in);
        scope.require(r.unit(), "unit");
        if (r.report() != null) {
            scope.requirePath(r.report().unitPath(), "reportId");
        }
        Long other = values.findIdByKey(
                r.ind().id,
                r.unit().id(),
                r.period().id(),
                r.kind(),
                r.category(),
                r.report() == null ? null : r.report().id());
        if (other != null && !other.equals(v.id)) {
            throw ApiException.conflict(
                    ErrorCode.DUPLICATE_KEY,
                    "A " + r.kind() + " value of " + r.ind().code + " for unit "
                            + r.unit().code() + ", period " + r.period().id()
                            + (r.category() == null ? "" : ", category " + r.category()) + " already exists");
        }
        assign(v, r);
    }

    private static void assign(IndicatorValue v, Resolved r) {
        v.indicatorId = r.ind().id;
        v.unitId = r.unit().id();
        v.period = r.period().id();
        v.periodStart = r.period().start();
        v.periodEnd = r.period().end();
        v.kind = r.kind();
        v.category = r.category();
        v.amount = r.amount();
        v.note = r.note();
        v.reportId = r.report() == null ? null : r.report().id();
        v.locator = r.locator();
        v.comparator = r.comparator();
    }

    /**
     * Exact decimal as reported. Counts must be whole and non-negative; percentages are NOT capped at 100, because
     * the documents do print rates like 1132,2% and we keep what was reported (checks flag it, storage doesn't hide it).
     */
    static BigDecimal parseValue(Violations errors, String raw, Indicator ind) {
        // The one number rule (common/Decimals) runs on the text first: nothing expands an exponent or a huge literal.
        ViolationCode problem = Decimals.decimal(raw);
        if (problem != null) {
            errors.add(
                    "value",
                    problem,
                    switch (problem) {
                        case TOO_PRECISE -> "value has more than " + Decimals.MAX_FRACTION_DIGITS + " decimals";
                        case OUT_OF_RANGE ->
                            "value has more than " + Decimals.MAX_INTEGER_DIGITS + " digits before the decimal point";
                        default -> "value must be a plain decimal such as 1234 or 12.5 (no exponent, no separators)";
                    });
            return null;
        }
        BigDecimal d = Decimals.parse(raw);
        if (ind != null && ind.unitOfMeasure.wholeNumber()) {
            if (d.signum() < 0) {
                errors.add(
                        "value",
                        ViolationCode.NEGATIVE_VALUE,
                        "value of " + ind.code + " (" + ind.unitOfMeasure + ") must not be negative");
            } else if (d.stripTrailingZeros().scale() > 0) {
                errors.add(
                        "value",
                        ViolationCode.NOT_AN_INTEGER,
                        "value of " + ind.code + " (" + ind.unitOfMeasure + ") must be a whole number");
            }
        }
        return d;
    }
}
