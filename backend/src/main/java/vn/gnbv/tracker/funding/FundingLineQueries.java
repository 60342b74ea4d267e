package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;

/** Read side of funding lines: one SQL statement per call, rows mapped straight to {@link FundingLineView}. */
@ApplicationScoped
public class FundingLineQueries {
    /** List filters, already parsed and resolved to ids; null means "not filtered". */
    public record Filter(
            Long programId,
            String componentCode,
            String unitPath,
            Integer yearFrom,
            Integer yearTo,
            FundingSource source,
            CapitalType capitalType,
            FundingMeasure measure,
            String scopeCondition) {}

    private static final String SELECT = """
      select f.id, p.code, f.program_id, c.code, f.component_id, u.id, u.code, u.name, u.level, f.fiscal_year,
             f.source, f.capital_type, f.measure, f.implementing_body, f.origin_year, f.amount_vnd, f.reference,
             f.note, f.version, f.created_at, f.updated_at
        from funding_line f
        join program p on p.id = f.program_id
        left join program_component c on c.id = f.component_id
        join admin_unit u on u.id = f.unit_id
      """;

    @Inject
    EntityManager em;

    public Optional<FundingLineView> byId(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " where f.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(map((Object[]) rows.get(0)));
    }

    /** Up to {@code limit} lines with id greater than {@code afterId}, ascending by id. */
    public List<FundingLineView> list(Filter f, Long afterId, int limit) {
        // The caller's scope over u.path (CallerScope.sqlCondition: literals we built, never user input).
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(f.scopeCondition());
        List<Object> args = new ArrayList<>();
        if (afterId != null) {
            sql.append(" and f.id > ?").append(bind(args, afterId));
        }
        if (f.programId() != null) {
            sql.append(" and f.program_id = ?").append(bind(args, f.programId()));
        }
        if (f.componentCode() != null) {
            // The component and its descendants: the tree is data, so walk it rather than match code prefixes.
            sql.append(" and f.component_id in (with recursive d as (select id from program_component where code = ?")
                    .append(bind(args, f.componentCode()));
            if (f.programId() != null) {
                sql.append(" and program_id = ?").append(bind(args, f.programId()));
            }
            sql.append(" union all select c2.id from program_component c2 join d on c2.parent_id = d.id)"
                    + " select id from d)");
        }
        if (f.unitPath() != null) {
            sql.append(" and u.path like ?").append(bind(args, f.unitPath() + "%"));
        }
        if (f.yearFrom() != null) {
            sql.append(" and f.fiscal_year >= ?").append(bind(args, f.yearFrom()));
        }
        if (f.yearTo() != null) {
            sql.append(" and f.fiscal_year <= ?").append(bind(args, f.yearTo()));
        }
        if (f.source() != null) {
            sql.append(" and f.source = ?").append(bind(args, f.source().name()));
        }
        if (f.capitalType() != null) {
            sql.append(" and f.capital_type = ?")
                    .append(bind(args, f.capitalType().name()));
        }
        if (f.measure() != null) {
            sql.append(" and f.measure = ?").append(bind(args, f.measure().name()));
        }
        sql.append(" order by f.id limit ?").append(bind(args, limit));
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        return ((List<?>) q.getResultList())
                .stream().map(r -> map((Object[]) r)).toList();
    }

    /** Whether any component with this code exists (in the program, when given). */
    public boolean componentExists(String code, Long programId) {
        Query q = programId == null
                ? em.createNativeQuery("select 1 from program_component where code = ?1")
                        .setParameter(1, code)
                : em.createNativeQuery("select 1 from program_component where code = ?1 and program_id = ?2")
                        .setParameter(1, code)
                        .setParameter(2, programId);
        return !q.setMaxResults(1).getResultList().isEmpty();
    }

    private static int bind(List<Object> args, Object value) {
        args.add(value);
        return args.size();
    }

    private static FundingLineView map(Object[] r) {
        return new FundingLineView(
                num(r[0]),
                (String) r[1],
                num(r[2]),
                (String) r[3],
                r[4] == null ? null : num(r[4]),
                new UnitRef(num(r[5]), (String) r[6], (String) r[7], UnitLevel.valueOf((String) r[8])),
                r[9] == null ? null : ((Number) r[9]).intValue(),
                FundingSource.valueOf((String) r[10]),
                CapitalType.valueOf((String) r[11]),
                FundingMeasure.valueOf((String) r[12]),
                (String) r[13],
                r[14] == null ? null : ((Number) r[14]).intValue(),
                num(r[15]),
                (String) r[16],
                (String) r[17],
                num(r[18]),
                instant(r[19]),
                instant(r[20]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
