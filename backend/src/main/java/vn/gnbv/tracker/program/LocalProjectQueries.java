package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.LocalProject.Status;
import vn.gnbv.tracker.program.LocalProjectDto.Budget;
import vn.gnbv.tracker.program.LocalProjectDto.Households;

/** Reads of local projects with their program, component and unit in one statement, filtered and keyset-paged. */
@ApplicationScoped
public class LocalProjectQueries {
    /** Resolved filters; null means "any". {@code componentCode} matches the code and everything below it. */
    public record Filter(
            Long programId,
            String componentCode,
            String unitPath,
            Status status,
            Integer year,
            String scopeCondition) {}

    private static final String SELECT = """
      select lp.id, p.code as program_code, lp.component_id, c.code as component_code,
             u.id as unit_id, u.code as unit_code, u.name as unit_name, u.level,
             lp.name, lp.approval_reference, lp.start_date, lp.end_date, lp.status,
             lp.state_budget_vnd, lp.people_counterpart_vnd, lp.other_vnd,
             lp.households_poor, lp.households_near_poor, lp.households_newly_escaped,
             lp.households_ethnic_minority, lp.households_other, lp.note, lp.version, lp.created_at, lp.updated_at
        from local_project lp
        join program_component c on c.id = lp.component_id
        join program p on p.id = c.program_id
        join admin_unit u on u.id = lp.unit_id
      """;

    @Inject
    EntityManager em;

    public Optional<LocalProjectDto.View> byId(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " where lp.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().map(r -> map((Object[]) r)).findFirst();
    }

    public Page<LocalProjectDto.View> page(Filter f, long afterId, int limit) {
        // The caller's scope over u.path (CallerScope.sqlCondition: literals we built, never user input).
        StringBuilder sql =
                new StringBuilder(SELECT).append(" where lp.id > ?1 and ").append(f.scopeCondition());
        List<Object> params = new ArrayList<>();
        params.add(afterId);
        if (f.programId() != null) {
            params.add(f.programId());
            sql.append(" and c.program_id = ?").append(params.size());
        }
        if (f.componentCode() != null) {
            params.add(f.componentCode());
            sql.append(" and (c.code = ?").append(params.size());
            params.add(likeEscape(f.componentCode()) + ".%");
            sql.append(" or c.code like ?").append(params.size()).append(" escape '\\')");
        }
        if (f.unitPath() != null) {
            params.add(f.unitPath() + "%");
            sql.append(" and u.path like ?").append(params.size());
        }
        if (f.status() != null) {
            params.add(f.status().name());
            sql.append(" and lp.status = ?").append(params.size());
        }
        if (f.year() != null) {
            params.add(java.time.LocalDate.of(f.year(), 12, 31));
            sql.append(" and lp.start_date <= ?").append(params.size());
            params.add(java.time.LocalDate.of(f.year(), 1, 1));
            sql.append(" and (lp.end_date is null or lp.end_date >= ?")
                    .append(params.size())
                    .append(")");
        }
        sql.append(" order by lp.id limit ").append(limit + 1);
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<LocalProjectDto.View> rows =
                q.getResultList().stream().map(r -> map((Object[]) r)).toList();
        return Cursor.page(rows, limit, v -> Cursor.encode(v.id()));
    }

    /** Whether a project of this name already runs under the component in the unit (the demo loader's key). */
    public boolean exists(long componentId, long unitId, String name) {
        return !em.createNativeQuery(
                        "select 1 from local_project where component_id = ?1 and unit_id = ?2" + " and name = ?3")
                .setParameter(1, componentId)
                .setParameter(2, unitId)
                .setParameter(3, name)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalProjectDto.View map(Object[] r) {
        long state = Rows.toLong(r[13]);
        long people = Rows.toLong(r[14]);
        long other = Rows.toLong(r[15]);
        int[] h = {Rows.toInt(r[16]), Rows.toInt(r[17]), Rows.toInt(r[18]), Rows.toInt(r[19]), Rows.toInt(r[20])};
        return new LocalProjectDto.View(
                Rows.toLong(r[0]),
                (String) r[1],
                Rows.toLong(r[2]),
                (String) r[3],
                new UnitRef(Rows.toLong(r[4]), (String) r[5], (String) r[6], UnitLevel.valueOf((String) r[7])),
                (String) r[8],
                (String) r[9],
                Rows.toDate(r[10]),
                Rows.toDate(r[11]),
                Status.valueOf((String) r[12]),
                new Budget(state, people, other, state + people + other),
                new Households(h[0], h[1], h[2], h[3], h[4], h[0] + h[1] + h[2] + h[3] + h[4]),
                (String) r[21],
                Rows.toLong(r[22]),
                Rows.toInstant(r[23]),
                Rows.toInstant(r[24]));
    }
}
