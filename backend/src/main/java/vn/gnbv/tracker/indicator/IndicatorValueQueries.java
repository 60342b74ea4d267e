package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueView;
import vn.gnbv.tracker.security.CallerScope;

/** Reads of indicator values as the API shows them (indicator code and unit reference joined in). */
@ApplicationScoped
public class IndicatorValueQueries {
    private static final String SELECT = "select v.id, i.code as indicator_code, u.id as unit_id, u.code as unit_code,"
            + " u.name, u.level, v.period, v.period_start, v.period_end, v.kind, v.category, v.value, v.note, v.version"
            + " from indicator_value v join indicator i on i.id = v.indicator_id join admin_unit u on u.id = v.unit_id";

    /** The list filters, raw from the query string. */
    public record Filter(
            String indicator,
            String unit,
            String unitId,
            String asOf,
            String periodFrom,
            String periodTo,
            String period,
            String kind,
            String category,
            String limit,
            String cursor) {}

    @Inject
    EntityManager em;

    @Inject
    IndicatorService indicators;

    @Inject
    UnitLookup units;

    @Inject
    CallerScope scope;

    /** One value, if its unit is in the caller's scope; else the same 403 whether or not it exists. */
    public ValueView view(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " where v.id = ?1 and " + scope.sqlCondition("u.path"))
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw scope.notVisible("Indicator value", id);
        }
        return map((Object[]) rows.get(0));
    }

    public Page<ValueView> list(Filter f) {
        int limit = Params.limit(f.limit());
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(scope.sqlCondition("u.path"));
        List<Object> args = new ArrayList<>();
        String code = Text.clean(f.indicator());
        if (code != null) {
            Indicator ind = indicators.byCode(code);
            if (ind == null) {
                throw ApiException.badParam(
                        "indicator", ViolationCode.UNKNOWN_INDICATOR, "No indicator has code " + code);
            }
            args.add(ind.id);
            sql.append(" and v.indicator_id = ?").append(args.size());
        }
        UnitLookup.Unit unit = unitFilter(f);
        if (unit != null) {
            args.add(unit.path() + "%");
            sql.append(" and u.path like ?").append(args.size());
        }
        Period from = Period.paramOrNull("periodFrom", f.periodFrom());
        if (from != null) {
            args.add(from.start());
            sql.append(" and v.period_end >= ?").append(args.size());
        }
        Period to = Period.paramOrNull("periodTo", f.periodTo());
        if (to != null) {
            args.add(to.end());
            sql.append(" and v.period_start <= ?").append(args.size());
        }
        Period exact = Period.paramOrNull("period", f.period());
        if (exact != null) {
            args.add(exact.id());
            sql.append(" and v.period = ?").append(args.size());
        }
        ValueKind kind = Params.enumOrNull(ValueKind.class, "kind", f.kind());
        if (kind != null) {
            args.add(kind.name());
            sql.append(" and v.kind = ?").append(args.size());
        }
        String category = Text.clean(f.category());
        if (category != null) {
            args.add(category);
            sql.append(" and v.category = ?").append(args.size());
        }
        if (f.cursor() != null && !f.cursor().isBlank()) {
            args.add(Cursor.decodeId(f.cursor()));
            sql.append(" and v.id > ?").append(args.size());
        }
        sql.append(" order by v.id limit ").append(limit + 1);
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<ValueView> rows =
                q.getResultList().stream().map(r -> map((Object[]) r)).toList();
        return Cursor.page(rows, limit, r -> Cursor.encode(r.id()));
    }

    private UnitLookup.Unit unitFilter(Filter f) {
        Long unitId = Params.longOrNull("unitId", f.unitId());
        String code = Text.clean(f.unit());
        if (unitId != null && code != null) {
            throw ApiException.badParam(
                    "unitId", ViolationCode.CONFLICTING_PARAMETERS, "Give either unit or unitId, not both");
        }
        // A filter naming a unit outside the caller's scope is refused, not quietly trimmed to nothing.
        if (unitId != null) {
            UnitLookup.Unit u = units.byId(unitId)
                    .orElseThrow(() -> ApiException.badParam(
                            "unitId", ViolationCode.UNKNOWN_UNIT, "No administrative unit has id " + unitId));
            scope.require(u, "unitId");
            return u;
        }
        if (code == null) {
            return null;
        }
        LocalDate asOf = Params.dateOrNull("asOf", f.asOf());
        LocalDate at = asOf != null ? asOf : LocalDate.now();
        UnitLookup.Unit u = units.resolve(code, at)
                .orElseThrow(() -> ApiException.badParam(
                        "unit", ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at));
        scope.require(u, "unit");
        return u;
    }

    private static ValueView map(Object[] r) {
        return new ValueView(
                ((Number) r[0]).longValue(),
                (String) r[1],
                new UnitRef(
                        ((Number) r[2]).longValue(), (String) r[3], (String) r[4], UnitLevel.valueOf((String) r[5])),
                (String) r[6],
                date(r[7]),
                date(r[8]),
                ValueKind.valueOf((String) r[9]),
                (String) r[10],
                ((BigDecimal) r[11]).toPlainString(),
                (String) r[12],
                ((Number) r[13]).intValue());
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
