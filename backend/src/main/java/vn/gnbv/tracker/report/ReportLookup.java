package vn.gnbv.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves report ids for the features whose figures cite reports: single writes and bulk uploads. */
@ApplicationScoped
public class ReportLookup {
    private static final String SELECT = "select r.id, r.unit_id, u.path, r.number, r.issued_on"
            + " from report r join admin_unit u on u.id = r.unit_id where r.id = ?";

    @Inject
    EntityManager em;

    /** The report with this id, if any (in the current transaction). */
    public Optional<ReportRef> byId(long id) {
        List<?> rows = em.createNativeQuery(SELECT.replace("?", "?1"))
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(ref((Object[]) rows.get(0)));
    }

    /** The report with this id, read on an upload's own connection. */
    public static Optional<ReportRef> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ReportRef(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate()));
            }
        }
    }

    /**
     * Every report, read on an upload's own connection before its rows stream in (a connection busy with COPY cannot
     * answer a query in between); reports number in the thousands, not millions.
     */
    public static Map<Long, ReportRef> all(Connection c) throws SQLException {
        Map<Long, ReportRef> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT.substring(0, SELECT.indexOf(" where ")));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(
                        rs.getLong(1),
                        new ReportRef(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getDate(5).toLocalDate()));
            }
        }
        return out;
    }

    private static ReportRef ref(Object[] r) {
        Object issued = r[4];
        return new ReportRef(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                issued instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) issued);
    }
}
