package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gnbv.tracker.common.ChangeLog;

/**
 * funding_node_total's change log (V101): the national summary's kept cells follow an upload's lines after they
 * commit, so memoised summaries watch the cells as well as the lines.
 */
@ApplicationScoped
public class FundingCellsChangeLog implements ChangeLog {
    public static final String TOPIC = "funding-cells";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String table() {
        return "funding_node_total_change";
    }
}
