package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The indicator rules of docs/findings.md, each one statement over the provinces' values. One check, so an upload
 * finds in its transaction: split in two and run on two sessions after the commit, each half built the million
 * values again, and the findings took 4.1 s against 4.7 s on one session after the commit and 4.9 s in the
 * transaction (docs/benchmarks.md, 2026-12-06) — within what the runs move by, not worth a second session.
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
