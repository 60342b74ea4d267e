package vn.gnbv.tracker.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.common.NativeSql;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;

/** The finding table: status changes through Panache, the listing and summary in SQL with keyset paging. */
@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {
    /** List filters, resolved; null: not filtered. {@code scopeCondition} is SQL the caller scope built. */
    record Filter(
            String unitPath,
            Long unitId,
            Long programId,
            String indicator,
            Integer year,
            String period,
            String rule,
            String severity,
            String status,
            Long reportId,
            String dataset,
            String scopeCondition) {}

    private static final String SELECT = """
        select f.id, f.rule, f.dataset, f.severity, f.status, u.id, u.code, u.name, u.level, p.code, i.code,
               f.fiscal_year, f.period, f.subject::text, f.relation, f.expected, f.actual, f.difference,
               f.figures::text, array_to_string(f.report_ids, ','), f.note, f.status_by, f.status_at, f.detected_at,
               f.updated_at, f.version
          from finding f
          join admin_unit u on u.id = f.unit_id
          left join program p on p.id = f.program_id
          left join indicator i on i.id = f.indicator_id
        """;

    private static final TypeReference<List<FindingDto.Figure>> FIGURES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> SUBJECT = new TypeReference<>() {};

    @Inject
    ObjectMapper json;

    /** One finding as the API shows it, with its unit's path (for the scope check). */
    Optional<FindingDto.View> view(long id) {
        List<?> rows = getEntityManager()
                .createNativeQuery(SELECT + " where f.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(row((Object[]) rows.get(0)));
    }

    /** The path of a finding's unit, if the finding exists. */
    Optional<String> unitPath(long id) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select u.path from finding f join admin_unit u on u.id = f.unit_id where f.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** Up to {@code limit} findings with an id below {@code before} (newest first). */
    List<FindingDto.View> list(Filter f, Long before, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(where(f, args));
        if (before != null) {
            sql.append(" and f.id < ?").append(NativeSql.bind(args, before));
        }
        sql.append(" order by f.id desc limit ?").append(NativeSql.bind(args, limit));
        return query(sql.toString(), args).stream().map(r -> row((Object[]) r)).toList();
    }

    /**
     * Counts per rule and status within each child of the unit at {@code rootPath} (findings on the root itself
     * count for the root): {@code depth} is the number of ids in the root's path (0 for the nation).
     */
    List<FindingDto.SummaryRow> summary(Filter f, long rootId, int depth) {
        List<Object> args = new ArrayList<>();
        String child = "coalesce(nullif(split_part(u.path, '/', ?" + NativeSql.bind(args, depth + 2)
                + "), '')::bigint, ?" + NativeSql.bind(args, rootId) + ")";
        String sql = "select c.id, c.code, c.name, c.level, s.rule, s.open, s.explained, s.confirmed, s.resolved"
                + " from (select " + child + " as child, f.rule,"
                + " count(*) filter (where f.status = 'OPEN') as open,"
                + " count(*) filter (where f.status = 'EXPLAINED') as explained,"
                + " count(*) filter (where f.status = 'CONFIRMED') as confirmed,"
                + " count(*) filter (where f.status = 'RESOLVED') as resolved"
                + " from finding f join admin_unit u on u.id = f.unit_id where " + where(f, args)
                + " group by 1, 2) s join admin_unit c on c.id = s.child order by c.code, c.id, s.rule";
        return query(sql, args).stream()
                .map(o -> {
                    Object[] r = (Object[]) o;
                    return new FindingDto.SummaryRow(
                            unit(r, 0), (String) r[4], num(r[5]), num(r[6]), num(r[7]), num(r[8]));
                })
                .toList();
    }

    private static String where(Filter f, List<Object> args) {
        // The caller's scope over u.path (CallerScope.sqlCondition: literals we built, never user input).
        StringBuilder w = new StringBuilder(f.scopeCondition());
        if (f.unitPath() != null) {
            w.append(" and u.path like ?").append(NativeSql.bind(args, f.unitPath() + "%"));
        }
        if (f.unitId() != null) {
            w.append(" and f.unit_id = ?").append(NativeSql.bind(args, f.unitId()));
        }
        if (f.programId() != null) {
            w.append(" and f.program_id = ?").append(NativeSql.bind(args, f.programId()));
        }
        if (f.indicator() != null) {
            w.append(" and f.indicator_id = (select id from indicator where code = ?")
                    .append(NativeSql.bind(args, f.indicator()))
                    .append(")");
        }
        if (f.year() != null) {
            w.append(" and (f.fiscal_year = ?")
                    .append(NativeSql.bind(args, f.year()))
                    .append(" or left(f.period, 4) = ?")
                    .append(NativeSql.bind(args, String.valueOf(f.year())))
                    .append(")");
        }
        if (f.period() != null) {
            w.append(" and f.period = ?").append(NativeSql.bind(args, f.period()));
        }
        if (f.rule() != null) {
            w.append(" and f.rule = ?").append(NativeSql.bind(args, f.rule()));
        }
        if (f.severity() != null) {
            w.append(" and f.severity = ?").append(NativeSql.bind(args, f.severity()));
        }
        if (f.status() != null) {
            w.append(" and f.status = ?").append(NativeSql.bind(args, f.status()));
        }
        if (f.reportId() != null) {
            w.append(" and f.report_ids @> array[?")
                    .append(NativeSql.bind(args, f.reportId()))
                    .append("]::bigint[]");
        }
        if (f.dataset() != null) {
            w.append(" and f.dataset = ?").append(NativeSql.bind(args, f.dataset()));
        }
        return w.toString();
    }

    private List<?> query(String sql, List<Object> args) {
        return NativeSql.list(getEntityManager(), sql, args);
    }

    private FindingDto.View row(Object[] r) {
        try {
            String reps = (String) r[19];
            return new FindingDto.View(
                    num(r[0]),
                    (String) r[1],
                    (String) r[2],
                    FindingDto.Severity.valueOf((String) r[3]),
                    FindingStatus.valueOf((String) r[4]),
                    unit(r, 5),
                    (String) r[9],
                    (String) r[10],
                    r[11] == null ? null : ((Number) r[11]).intValue(),
                    (String) r[12],
                    json.readValue((String) r[13], SUBJECT),
                    (String) r[14],
                    (BigDecimal) r[15],
                    (BigDecimal) r[16],
                    (BigDecimal) r[17],
                    json.readValue((String) r[18], FIGURES),
                    reps == null || reps.isEmpty()
                            ? List.of()
                            : Arrays.stream(reps.split(",")).map(Long::valueOf).toList(),
                    (String) r[20],
                    (String) r[21],
                    instant(r[22]),
                    instant(r[23]),
                    instant(r[24]),
                    ((Number) r[25]).intValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnitRef unit(Object[] r, int o) {
        return new UnitRef(num(r[o]), (String) r[o + 1], (String) r[o + 2], UnitLevel.valueOf((String) r[o + 3]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Instant instant(Object o) {
        if (o == null || o instanceof Instant) {
            return (Instant) o;
        }
        return o instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) o).toInstant();
    }
}
