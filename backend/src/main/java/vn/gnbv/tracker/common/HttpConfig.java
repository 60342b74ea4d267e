package vn.gnbv.tracker.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** {@code gnbv.http.*}: limits on what any endpoint but the bulk uploads accepts. */
@ConfigMapping(prefix = "gnbv.http")
public interface HttpConfig {
    /** The largest JSON request body ({@link BodyLimit}); the uploads stream to disk under their own limits. */
    MemorySize maxJsonBody();
}
