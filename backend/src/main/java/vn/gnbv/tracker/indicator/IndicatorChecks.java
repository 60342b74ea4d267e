package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The indicator rules of docs/findings.md, each one statement over the provinces' values. One check: split in two
 * to run on two sessions after an upload (as the funding checks are), each half built the million values again and
 * both ran slower side by side, so the findings took 4.1 s instead of 2.5 (docs/benchmarks.md, 2026-12-06 00:15).
 */
@ApplicationScoped
public class IndicatorChecks implements FindingCheck {
    /** The rules over finding_value ({@link IndicatorFindingSql#VALUES}), then the one over every stated value. */
    private static final List<String> OVER_VALUES = List.of(
            IndicatorFindingSql.COVER,
            "analyze finding_value_cover",
            IndicatorFindingSql.RATES,
            IndicatorFindingSql.SHARES,
            IndicatorFindingSql.TOTALS,
            IndicatorPartsSql.CATEGORIES,
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
                "TOTAL_VS_PARTS",
                "REPORTS_DISAGREE",
                "CATEGORIES_VS_TOTAL",
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
                "finding_value",
                "finding_value_cover");
    }
}
