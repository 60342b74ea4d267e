package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The indicator rules of docs/findings.md besides stated totals and categories ({@link IndicatorTotalChecks}): apart,
 * the two run at the same time after an upload (FindingsAfterCommit).
 */
@ApplicationScoped
public class IndicatorChecks implements FindingCheck {
    /** The rules over finding_value ({@link IndicatorFindingSql#VALUES}), then the one over every stated value. */
    private static final List<String> OVER_VALUES = List.of(
            IndicatorFindingSql.RATES,
            IndicatorFindingSql.SHARES,
            IndicatorPartsSql.YEARS,
            IndicatorHistorySql.CHANGES,
            IndicatorHistorySql.MAGNITUDE,
            IndicatorHistorySql.JUMPS);

    @Override
    public String dataset() {
        return IndicatorValueDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return Set.of(
                "RATE_VS_COUNTS",
                "SHARE_OUT_OF_RANGE",
                "REPORTS_DISAGREE",
                "YEARS_VS_PERIOD",
                "CHANGE_VS_LEVELS",
                "MAGNITUDE_VS_HISTORY",
                "YEAR_OVER_YEAR_JUMP");
    }

    @Override
    public void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException {
        FindingCheck.run(
                c,
                provinceIds,
                built,
                IndicatorFindingSql.VALUES,
                OVER_VALUES,
                List.of(IndicatorFindingSql.DISAGREE),
                "finding_value");
    }
}
