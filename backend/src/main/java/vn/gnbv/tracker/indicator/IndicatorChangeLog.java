package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gnbv.tracker.common.ChangeLog;

/** indicator_value's change log (V083), watched by memoised roll-ups. */
@ApplicationScoped
public class IndicatorChangeLog implements ChangeLog {
    public static final String TOPIC = "indicator";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String table() {
        return "indicator_value_change";
    }
}
