package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/** The funding rules of docs/findings.md, each one statement over the provinces' lines. */
@ApplicationScoped
public class FundingChecks implements FindingCheck {
    private static final List<String> STATEMENTS = List.of(
            FundingTotalsSql.TOTALS, FundingFlowsSql.FLOWS, FundingFlowsSql.MAGNITUDE, FundingFlowsSql.DISAGREE);

    @Override
    public String dataset() {
        return FundingLineDataset.PATH;
    }

    @Override
    public Set<String> rules() {
        return Set.of(
                "TOTAL_VS_PARTS",
                "AVAILABLE_VS_FLOWS",
                "DISBURSED_OVER_AVAILABLE",
                "ALLOCATED_OVER_ASSIGNED",
                "RETURNED_OVER_CARRIED_IN",
                "CARRY_OVER_CHAIN",
                "MAGNITUDE",
                "REPORTS_DISAGREE");
    }

    @Override
    public void collect(Connection c, Long[] provinceIds) throws SQLException {
        for (String sql : STATEMENTS) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("bigint", provinceIds));
                ps.executeUpdate();
            }
        }
    }
}
