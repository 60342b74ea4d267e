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
 * work (800,000 values, by hand: the values 1.1 s on each, then 1.3 s of rules on each; a million values' findings
 * took 3.4 s so against 4.4 s in the upload's transaction, docs/benchmarks.md 2026-12-06). An uneven split
 * (totals and categories apart, a third of the work) had gained less than the runs move by.
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
