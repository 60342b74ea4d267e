package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The indicator rules of docs/findings.md over stated totals and their parts (units, categories, years) and rates,
 * each one statement over the provinces' values; the rules over a value's history are {@link IndicatorHistoryChecks}.
 * Apart, the two run at the same time after an upload, on two sessions (FindingsAfterCommit), each about half the
 * work (a million values: the values 1.1 s each, then 1.3 s of rules each).
 */
@ApplicationScoped
public class IndicatorChecks implements FindingCheck {
    /** The rules over finding_value ({@link IndicatorFindingSql#VALUES}), then the one over every stated value. */
    private static final List<String> OVER_VALUES = List.of(
            IndicatorFindingSql.COVER,
            "analyze finding_value_cover",
            IndicatorFindingSql.RATES,
            IndicatorFindingSql.TOTALS,
            IndicatorPartsSql.CATEGORIES,
            IndicatorPartsSql.YEARS);

    @Override
    public String dataset() {
        return IndicatorValueDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return Set.of("RATE_VS_COUNTS", "TOTAL_VS_PARTS", "REPORTS_DISAGREE", "CATEGORIES_VS_TOTAL", "YEARS_VS_PERIOD");
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
