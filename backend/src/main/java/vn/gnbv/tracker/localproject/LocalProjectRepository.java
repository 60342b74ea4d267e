package vn.gnbv.tracker.localproject;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gnbv.tracker.localproject.LocalProject.Status;

/**
 * The {@code local_project} table. Reads return the project joined with its program, component and unit in one
 * HQL statement, filtered and keyset-paged by id; bulk loads take it as {@link LocalProjectBulk#TABLE} describes.
 */
@ApplicationScoped
public class LocalProjectRepository implements PanacheRepository<LocalProject> {
    /** Resolved filters; null means "any". {@code componentCode} matches the code and everything below it. */
    record Filter(
            Long programId,
            String componentCode,
            String unitPath,
            Status status,
            Integer year,
            Long report,
            String scopeCondition) {}

    private static final String FROM = " from LocalProject lp"
            + " join ProgramComponent c on c.id = lp.componentId"
            + " join Program p on p.id = c.programId"
            + " join AdminUnit u on u.id = lp.unitId";

    Optional<LocalProjectRow> row(long id) {
        return query(" where lp.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    /** Up to {@code max} projects after id {@code afterId}; the scope condition is SQL the caller scope built. */
    List<LocalProjectRow> page(Filter f, long afterId, int max) {
        StringBuilder where = new StringBuilder(" where lp.id > :after and ").append(f.scopeCondition());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", afterId);
        if (f.programId() != null) {
            where.append(" and c.programId = :program");
            params.put("program", f.programId());
        }
        if (f.componentCode() != null) {
            where.append(" and (c.code = :component or c.code like :below escape '\\')");
            params.put("component", f.componentCode());
            params.put("below", likeEscape(f.componentCode()) + ".%");
        }
        if (f.unitPath() != null) {
            where.append(" and u.path like :path");
            params.put("path", f.unitPath() + "%");
        }
        if (f.status() != null) {
            where.append(" and lp.status = :status");
            params.put("status", f.status());
        }
        if (f.year() != null) {
            // Overlaps the year; no start date means no known period, no end date still running.
            where.append(" and lp.startDate <= :yearEnd and (lp.endDate is null or lp.endDate >= :yearStart)");
            params.put("yearEnd", LocalDate.of(f.year(), 12, 31));
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
        }
        if (f.report() != null) {
            where.append(" and lp.reportId = :report");
            params.put("report", f.report());
        }
        return query(where + " order by lp.id", params, max);
    }

    /** The id of the project with this natural key (V072 local_project_natural_key), if one is stored. */
    Optional<Long> idByKey(long componentId, long unitId, String name, Long reportId) {
        return getEntityManager()
                .createQuery(
                        "select lp.id from LocalProject lp where lp.componentId = :component and lp.unitId = :unit"
                                + " and lp.name = :name and coalesce(lp.reportId, 0) = :report",
                        Long.class)
                .setParameter("component", componentId)
                .setParameter("unit", unitId)
                .setParameter("name", name)
                .setParameter("report", reportId == null ? 0L : reportId)
                .getResultStream()
                .findFirst();
    }

    /** The path of the project's unit, for the scope check before a write. */
    Optional<String> unitPath(long id) {
        return getEntityManager()
                .createQuery(
                        "select u.path from LocalProject lp join AdminUnit u on u.id = lp.unitId where lp.id = :id",
                        String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    private List<LocalProjectRow> query(String where, Map<String, Object> params, int max) {
        TypedQuery<LocalProjectRow> q = getEntityManager()
                .createQuery("select " + LocalProjectRow.COLUMNS + FROM + where, LocalProjectRow.class)
                .setMaxResults(max);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
