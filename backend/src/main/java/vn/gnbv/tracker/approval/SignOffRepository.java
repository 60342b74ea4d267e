package vn.gnbv.tracker.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.common.NativeSql;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;

/** The sign_off table: transitions through Panache (under a row lock), the listing in SQL with keyset paging. */
@ApplicationScoped
public class SignOffRepository implements PanacheRepository<SignOff> {
    /** List filters, resolved; null: not filtered. {@code scopeCondition} and {@code awaiting} are SQL we built. */
    record Filter(
            String unitPath,
            Parent parent,
            Long programId,
            String period,
            SignOffDataset dataset,
            SignOffStatus status,
            String awaiting,
            String scopeCondition) {}

    /** The children of a unit valid at {@code at}: those whose parent is {@code id}; the provinces when it is null. */
    record Parent(Long id, LocalDate at) {}

    /** A stored sign-off as the API lists it, with its unit's path (for what the caller may do with it). */
    record Row(
            long id,
            UnitRef unit,
            String unitPath,
            String program,
            SignOffDataset dataset,
            String period,
            SignOffStatus status,
            String reason,
            String changedBy,
            Instant changedAt,
            int version) {}

    private static final String SELECT = """
        select a.id, u.id, u.code, u.name, u.level, u.path, p.code, a.dataset, a.period, a.status, a.reason,
               a.changed_by, a.changed_at, a.version
          from sign_off a
          join admin_unit u on u.id = a.unit_id
          join program p on p.id = a.program_id
        """;

    /** The sign-off of this key, if it has a row; locked for the transaction when {@code lock}. */
    Optional<SignOff> byKey(long unitId, long programId, SignOffDataset dataset, String period, boolean lock) {
        var q = find(
                "unitId = ?1 and programId = ?2 and dataset = ?3 and period = ?4", unitId, programId, dataset, period);
        if (lock) {
            q.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.firstResultOptional();
    }

    Optional<Row> row(long id) {
        List<?> rows = query(SELECT + " where a.id = ?1", List.of(id));
        return rows.stream().map(r -> row((Object[]) r)).findFirst();
    }

    /** Up to {@code limit} sign-offs with an id below {@code before}, newest first. */
    List<Row> list(Filter f, Long before, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(f.scopeCondition());
        if (f.unitPath() != null) {
            sql.append(" and u.path like ?").append(NativeSql.bind(args, f.unitPath() + "%"));
        }
        if (f.parent() != null) {
            Parent p = f.parent();
            sql.append(
                    p.id() == null
                            ? " and u.level = 'PROVINCE'"
                            : " and u.parent_id = ?" + NativeSql.bind(args, p.id()));
            sql.append(" and u.valid_from <= ?").append(NativeSql.bind(args, p.at()));
            sql.append(" and (u.valid_to is null or u.valid_to >= ?")
                    .append(NativeSql.bind(args, p.at()))
                    .append(")");
        }
        if (f.programId() != null) {
            sql.append(" and a.program_id = ?").append(NativeSql.bind(args, f.programId()));
        }
        if (f.period() != null) {
            sql.append(" and a.period = ?").append(NativeSql.bind(args, f.period()));
        }
        if (f.dataset() != null) {
            sql.append(" and a.dataset = ?")
                    .append(NativeSql.bind(args, f.dataset().name()));
        }
        if (f.status() != null) {
            sql.append(" and a.status = ?")
                    .append(NativeSql.bind(args, f.status().name()));
        }
        if (f.awaiting() != null) {
            sql.append(" and a.status = 'SUBMITTED' and ").append(f.awaiting());
        }
        if (before != null) {
            sql.append(" and a.id < ?").append(NativeSql.bind(args, before));
        }
        sql.append(" order by a.id desc limit ?").append(NativeSql.bind(args, limit));
        return query(sql.toString(), args).stream().map(r -> row((Object[]) r)).toList();
    }

    /** The statuses of these units' sign-offs of one key (units without a row are absent: DRAFT). */
    Map<Long, SignOffStatus> statuses(List<Long> unitIds, long programId, SignOffDataset dataset, String period) {
        Map<Long, SignOffStatus> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        find("unitId in ?1 and programId = ?2 and dataset = ?3 and period = ?4", unitIds, programId, dataset, period)
                .stream()
                .forEach(s -> out.put(s.unitId, s.status));
        return out;
    }

    /** The approved sign-offs of the same program, dataset and period on an ancestor of the unit at this path. */
    List<UnitRef> approvedAncestors(String unitPath, long programId, SignOffDataset dataset, String period) {
        List<?> rows = query(
                "select u.id, u.code, u.name, u.level from sign_off a join admin_unit u on u.id = a.unit_id"
                        + " where a.program_id = ?1 and a.dataset = ?2 and a.period = ?3 and a.status = 'APPROVED'"
                        + " and ?4 like u.path || '%' and u.path <> ?4 order by u.path",
                List.of(programId, dataset.name(), period, unitPath));
        return rows.stream()
                .map(o -> {
                    Object[] r = (Object[]) o;
                    return new UnitRef(num(r[0]), (String) r[1], (String) r[2], UnitLevel.valueOf((String) r[3]));
                })
                .toList();
    }

    private List<?> query(String sql, List<Object> args) {
        return NativeSql.list(getEntityManager(), sql, args);
    }

    private static Row row(Object[] r) {
        return new Row(
                num(r[0]),
                new UnitRef(num(r[1]), (String) r[2], (String) r[3], UnitLevel.valueOf((String) r[4])),
                (String) r[5],
                (String) r[6],
                SignOffDataset.valueOf((String) r[7]),
                (String) r[8],
                SignOffStatus.valueOf((String) r[9]),
                (String) r[10],
                (String) r[11],
                instant(r[12]),
                ((Number) r[13]).intValue());
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
