package vn.gnbv.tracker.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** {@code gnbv.http.*}: limits on what any endpoint but the bulk uploads and report files accepts. */
@ConfigMapping(prefix = "gnbv.http")
public interface HttpConfig {
    /**
     * The largest JSON request body ({@link BodyLimit}); the uploads and report files are read under their own
     * limits.
     */
    MemorySize maxJsonBody();
}
