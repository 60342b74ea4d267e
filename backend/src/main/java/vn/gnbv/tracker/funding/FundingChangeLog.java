package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gnbv.tracker.common.ChangeLog;

/** funding_line's change log (V083), watched by memoised funding summaries. */
@ApplicationScoped
public class FundingChangeLog implements ChangeLog {
    public static final String TOPIC = "funding";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String table() {
        return "funding_line_change";
    }
}
