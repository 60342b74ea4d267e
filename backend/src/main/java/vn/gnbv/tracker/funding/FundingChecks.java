package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The funding rules of docs/findings.md over the covering pairs (a stated total against its parts on the component and
 * unit axes), magnitude, and the national summary's kept cells, which read the same pairs. The other rules are
 * {@link FundingFlowChecks}: apart, the two run at the same time after an upload (FindingsAfterCommit).
 */
@ApplicationScoped
public class FundingChecks implements FindingCheck {
    /** MAGNITUDE here rather than with the flows: the two sessions then end within tens of ms of each other. */
    private static final Map<String, String> RULES =
            Map.of("TOTAL_VS_PARTS", FundingTotalsSql.TOTALS, "MAGNITUDE", FundingFlowsSql.MAGNITUDE);

    @Override
    public String dataset() {
        return FundingLineDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return RULES.keySet();
    }

    /** The national summary's cells (funding_node_total). */
    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException {
        // The lines and covering pairs always (the cells read them), each rule's statement only while it is enabled.
        Set<String> enabled = FindingCheck.enabledRules(c);
        List<String> over = new ArrayList<>(List.of(FundingTotalsSql.COVER, "analyze finding_cover"));
        RULES.forEach((rule, sql) -> {
            if (enabled.contains(rule)) {
                over.add(sql);
            }
        });
        FindingCheck.run(
                c, provinceIds, built, FundingTotalsSql.LINES, over, List.of(), "finding_line", "finding_cover");
        // The national summary's cells of these provinces, from the lines and covering pairs the rule just read.
        FundingNodeTotals.refresh(c, provinceIds);
    }
}
