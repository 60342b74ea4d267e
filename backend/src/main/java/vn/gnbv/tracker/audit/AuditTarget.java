package vn.gnbv.tracker.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an audited entity is: its resource type, id, a human natural key (codes, not ids) and the administrative
 * unit it belongs to (null for national reference data). Codes of referenced rows are read on the write's own
 * connection, so they are what this transaction sees.
 */
record AuditTarget(String type, String id, String key, Long unitId, String unitPath) {

    static AuditTarget of(Object entity, Map<String, Object> v, Connection c) throws SQLException {
        Codes codes = new Codes(c);
        return switch (entity.getClass().getSimpleName()) {
            case "AdminUnit" ->
                new AuditTarget(
                        "ADMIN_UNIT",
                        str(v.get("id")),
                        join(v.get("level"), v.get("code"), v.get("name"), "from", v.get("validFrom")),
                        (Long) v.get("id"),
                        codes.path((Long) v.get("id")));
            case "UnitSuccession" ->
                new AuditTarget(
                        "UNIT_SUCCESSION",
                        v.get("predecessorId") + "-" + v.get("successorId"),
                        join(
                                codes.unit(v.get("predecessorId")),
                                "→",
                                codes.unit(v.get("successorId")),
                                "on",
                                v.get("effectiveDate")),
                        (Long) v.get("predecessorId"),
                        null);
            case "Program" -> new AuditTarget("PROGRAM", str(v.get("id")), str(v.get("code")), null, null);
            case "ProgramComponent" ->
                new AuditTarget(
                        "PROGRAM_COMPONENT",
                        str(v.get("id")),
                        codes.program(v.get("programId")) + "/" + v.get("code"),
                        null,
                        null);
            case "Indicator" -> new AuditTarget("INDICATOR", str(v.get("id")), str(v.get("code")), null, null);
            case "LocalProject" ->
                new AuditTarget(
                        "LOCAL_PROJECT",
                        str(v.get("id")),
                        join(codes.unit(v.get("unitId")), v.get("name")),
                        (Long) v.get("unitId"),
                        null);
            case "FundingLine" ->
                new AuditTarget(
                        "FUNDING_LINE",
                        str(v.get("id")),
                        join(
                                codes.program(v.get("programId"))
                                        + (v.get("componentId") == null
                                                ? ""
                                                : "/" + codes.component(v.get("componentId"))),
                                codes.unit(v.get("unitId")),
                                v.get("fiscalYear"),
                                v.get("source"),
                                v.get("capitalType"),
                                v.get("measure"),
                                v.get("implementingBody")),
                        (Long) v.get("unitId"),
                        null);
            case "IndicatorValue" ->
                new AuditTarget(
                        "INDICATOR_VALUE",
                        str(v.get("id")),
                        join(
                                codes.indicator(v.get("indicatorId")),
                                codes.unit(v.get("unitId")),
                                v.get("period"),
                                v.get("kind"),
                                v.get("category")),
                        (Long) v.get("unitId"),
                        null);
            default ->
                throw new IllegalStateException(
                        "not an audited entity: " + entity.getClass().getName());
        };
    }

    /** A deleted unit's row is gone when its event is written: its path comes from the entity as loaded. */
    AuditTarget withPath(String path) {
        return unitPath != null || path == null ? this : new AuditTarget(type, id, key, unitId, path);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String join(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p != null && !p.toString().isBlank()) {
                out.add(p.toString());
            }
        }
        return String.join(" ", out);
    }

    /** Codes of referenced rows by id; a reference that no longer exists reads as #id. */
    private record Codes(Connection c) {
        String unit(Object id) throws SQLException {
            return one("select code from admin_unit where id = ?", id);
        }

        String path(Long id) throws SQLException {
            return id == null ? null : one("select path from admin_unit where id = ?", id);
        }

        String program(Object id) throws SQLException {
            return one("select code from program where id = ?", id);
        }

        String component(Object id) throws SQLException {
            return one("select code from program_component where id = ?", id);
        }

        String indicator(Object id) throws SQLException {
            return one("select code from indicator where id = ?", id);
        }

        private String one(String sql, Object id) throws SQLException {
            if (id == null) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, ((Number) id).longValue());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : sql.contains("path") ? null : "#" + Objects.toString(id);
                }
            }
        }
    }
}
