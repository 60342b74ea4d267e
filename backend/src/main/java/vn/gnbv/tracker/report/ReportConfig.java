package vn.gnbv.tracker.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** {@code gnbv.report.*} (values in application.properties), checked when the app starts. */
@ConfigMapping(prefix = "gnbv.report")
public interface ReportConfig {
    /**
     * The largest original document a report takes (PUT /reports/{id}/file). Its path is off the JSON body limit
     * (common/BodyLimit); this limit is enforced while the body is read, whatever Content-Length says.
     */
    MemorySize maxFileSize();
}
