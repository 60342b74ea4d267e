package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The indicator rules of docs/findings.md over a value's history and bounds: stated changes against their levels,
 * magnitude against the value's history, year-over-year jumps, shares out of range. The others are
 * {@link IndicatorChecks}.
 */
@ApplicationScoped
public class IndicatorHistoryChecks implements FindingCheck {
    private static final List<String> OVER_VALUES = List.of(
            IndicatorFindingSql.SHARES,
            IndicatorHistorySql.CHANGES,
            IndicatorHistorySql.MAGNITUDE,
            IndicatorHistorySql.JUMPS);

    @Override
    public String dataset() {
        return IndicatorValueDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return Set.of("SHARE_OUT_OF_RANGE", "CHANGE_VS_LEVELS", "MAGNITUDE_VS_HISTORY", "YEAR_OVER_YEAR_JUMP");
    }

    @Override
    public void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException {
        FindingCheck.run(c, provinceIds, built, IndicatorFindingSql.VALUES, OVER_VALUES, List.of(), "finding_value");
    }
}
