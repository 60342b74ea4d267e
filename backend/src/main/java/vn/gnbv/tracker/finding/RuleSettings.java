package vn.gnbv.tracker.finding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Planner settings for the rules' statements, set for the transaction and restored afterwards (the caller's
 * transaction goes on with its own work).
 */
final class RuleSettings {
    private RuleSettings() {}

    /**
     * jit: the rules are wide statements run once; compiling them cost seconds (9 of 13 s over 125,000 lines).
     * work_mem: their aggregates hash instead of sorting text. default_statistics_target: the checks' temporary
     * tables are analysed for row counts and rough distributions, for which a tenth of the default sample does (0.8
     * -> 0.07 s on 300,000 lines). enable_mergejoin: their tables have no index to deliver sorted rows, and the row
     * estimates of their multi-column joins are far too low, which made the planner sort 300,000 rows twice for a
     * merge join where a hash join took a fraction (flows 2.3 -> 1.0 s, covering pairs 1.5 -> 0.9 s).
     */
    private static final Map<String, String> SETTINGS =
            Map.of("jit", "off", "work_mem", "64MB", "default_statistics_target", "10", "enable_mergejoin", "off");

    /** Applies the settings; answers the values to {@link #restore}. */
    static Map<String, String> apply(Connection c) throws SQLException {
        return set(c, SETTINGS);
    }

    static void restore(Connection c, Map<String, String> before) throws SQLException {
        set(c, before);
    }

    private static Map<String, String> set(Connection c, Map<String, String> values) throws SQLException {
        List<String> names = new ArrayList<>(values.keySet());
        Map<String, String> before = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("select current_setting(n), set_config(n, v, true) from unnest(?, ?) x(n, v)")) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            ps.setArray(
                    2, c.createArrayOf("text", names.stream().map(values::get).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    before.put(names.get(i++), rs.getString(1));
                }
            }
        }
        return before;
    }
}
