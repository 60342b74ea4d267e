package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.finding.FindingCheck;

/**
 * The funding rules of docs/findings.md besides the component and unit totals ({@link FundingChecks}): sources and
 * capital types against their total, the flows, and reports that disagree.
 */
@ApplicationScoped
public class FundingFlowChecks implements FindingCheck {
    /** The rules over the lines, then the one over every stated line. */
    private static final List<String> OVER_LINES = List.of(
            // Its pairs analysed too: estimated inside the statement as one row, the set difference that keeps the
            // maximal parts ran as nested loops over every two pairs (68 ms of 238 on one province's 100k lines).
            FundingTotalsSql.SOURCE_COVER,
            "analyze finding_source_cover",
            FundingTotalsSql.SOURCES,
            FundingFlowsSql.FLOWS);

    private static final List<String> OVER_ALL_LINES =
            OVER_LINES.stream().map(FundingTotalsSql::onLines).toList();

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
                "REPORTS_DISAGREE");
    }

    @Override
    public void collect(Connection c, Long[] provinceIds, Set<String> built) throws SQLException {
        // Alone on its session, its own narrower lines; beside FundingChecks (one session), the lines it built.
        boolean alone = !built.contains("finding_line");
        FindingCheck.run(
                c,
                provinceIds,
                built,
                FundingTotalsSql.FLOW_LINES,
                alone ? OVER_LINES : OVER_ALL_LINES,
                List.of(FundingFlowsSql.DISAGREE),
                alone ? "finding_flow_line" : "finding_line",
                "finding_source_cover");
    }
}
