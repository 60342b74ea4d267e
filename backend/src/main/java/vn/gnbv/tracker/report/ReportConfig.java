package vn.gnbv.tracker.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code gnbv.report.*} (values in application.properties), checked when the app starts. */
@ConfigMapping(prefix = "gnbv.report")
public interface ReportConfig {
    /**
     * The largest original document a report takes (PUT /reports/{id}/file). Its path is off the JSON body limit
     * (common/BodyLimit); this limit is enforced while the body is read, whatever Content-Length says.
     */
    MemorySize maxFileSize();

    /**
     * The most figures DELETE /reports/{id} deletes in its one request; a larger report answers 409 REPORT_TOO_LARGE.
     * Deleting a figure costs the most where a rival figure of another report counts again in its place (by hand, a
     * million indicator values beside 800,000 rivals: 36 s of deletes, then their findings), and a request must end
     * well inside the server's 30 s idle timeout and 60 s transaction timeout.
     */
    @WithDefault("100000")
    long maxDeleteFigures();
}
