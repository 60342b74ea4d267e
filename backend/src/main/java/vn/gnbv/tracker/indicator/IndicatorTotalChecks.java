package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/** The indicator rules of docs/findings.md over stated totals: against their parts, and against their categories. */
@ApplicationScoped
public class IndicatorTotalChecks implements FindingCheck {
    private static final List<String> OVER_VALUES = List.of(
            IndicatorFindingSql.COVER,
            "analyze finding_value_cover",
            IndicatorFindingSql.TOTALS,
            IndicatorPartsSql.CATEGORIES);

    @Override
    public String dataset() {
        return IndicatorValueDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return Set.of("TOTAL_VS_PARTS", "CATEGORIES_VS_TOTAL");
    }

    @Override
    public void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException {
        FindingCheck.run(
                c,
                provinceIds,
                built,
                IndicatorFindingSql.VALUES,
                OVER_VALUES,
                List.of(),
                "finding_value",
                "finding_value_cover");
    }
}
