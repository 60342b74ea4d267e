package vn.gnbv.tracker.finding;

import java.sql.Connection;
import java.sql.SQLException;
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
     * {@link Candidates#COLUMNS} in that order.
     */
    void collect(Connection c, Long[] provinceIds) throws SQLException;
}
