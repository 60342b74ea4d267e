package vn.gnbv.tracker.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** {@code gnbv.upload.*} (values in application.properties), checked when the app starts. */
@ConfigMapping(prefix = "gnbv.upload")
public interface UploadConfig {
    /** The largest body of a synchronous upload; larger batches go as jobs. */
    MemorySize syncLimit();

    /** The largest body of an upload job; quarkus.http.limits.max-body-size must stay above it. */
    MemorySize jobLimit();

    /** Jobs that run at once. */
    @Min(1)
    @Max(16)
    int workers();

    /** How often a queued or running job publishes its progress and proves its server alive. */
    Duration heartbeat();

    /** A job whose heartbeat is older than this lost its server and is declared FAILED. */
    Duration abandonedAfter();
}
