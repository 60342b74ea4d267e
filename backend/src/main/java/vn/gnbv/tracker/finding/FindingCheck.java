package vn.gnbv.tracker.finding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A feature's consistency rules over its own figures: the SPI between the finding engine, which owns the findings,
 * and the features that own the figures (funding, indicator). Implementations are CDI beans; each writes the
 * findings its figures give now into the temporary table {@link Candidates#TABLE}, for the provinces asked, reading
 * the rule settings from the view {@code finding_rule_effective} (disabled rules give nothing).
 */
public interface FindingCheck {
    /** The dataset whose changes this check follows, as uploads name it: {@code funding-lines}. */
    String dataset();

    /** The rules this check decides: a recomputation resolves what they no longer find. */
    Set<String> rules();

    /**
     * Writes the candidates of the provinces with these unit ids into {@link Candidates#TABLE}, with the columns
     * {@link Candidates#COLUMNS} in that order. {@code built}: the temporary tables of figures this recomputation
     * already built on this session (a dataset's checks share one), to which the check adds its own.
     */
    void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException;

    /**
     * Whether the check writes anything but temporary tables (kept state beside its candidates): then it runs on the
     * session that merges the findings. The others may run on a second session sharing its snapshot, at the same
     * time (FindingsAfterCommit).
     */
    default boolean writes() {
        return false;
    }

    /**
     * The rules enabled for some program or for figures without one ({@code finding_rule_effective}): a check none of
     * whose rules is enabled is not run (FindingEngine.collect), unless it writes kept state, which then skips its
     * rules' statements itself. With every rule off, an upload then costs what its figures and kept state cost.
     */
    static Set<String> enabledRules(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select distinct rule from finding_rule_effective where enabled")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * The shape every check shares: {@code figures} (parameter: the province ids) creates the temporary table of the
     * provinces' current figures, the first of {@code temporaryTables}, which is analysed, unless this recomputation
     * built it already on this session ({@code built}); the others are dropped first (one transaction may recompute
     * several times); then {@code overFigures} run over it (without parameters), then {@code overStored} over every
     * stated figure (parameter: the province ids).
     */
    static void run(
            Connection c,
            Long[] provinceIds,
            Set<String> built,
            String figures,
            List<String> overFigures,
            List<String> overStored,
            String... temporaryTables)
            throws SQLException {
        boolean fresh = built.add(temporaryTables[0]);
        List<String> drop = List.of(temporaryTables).subList(fresh ? 0 : 1, temporaryTables.length);
        if (!drop.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists " + String.join(", ", drop));
            }
        }
        if (fresh) {
            withProvinces(c, figures, provinceIds);
        }
        try (Statement st = c.createStatement()) {
            if (fresh) {
                st.execute("analyze " + temporaryTables[0]);
            }
            for (String sql : overFigures) {
                st.executeUpdate(sql);
            }
        }
        for (String sql : overStored) {
            withProvinces(c, sql, provinceIds);
        }
    }

    private static void withProvinces(Connection c, String sql, Long[] provinceIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", provinceIds));
            ps.executeUpdate();
        }
    }
}
