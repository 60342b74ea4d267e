package vn.gnbv.tracker.geo;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** {@code gnbv.reference.*}: where the administrative units and the reform mapping come from. */
@ConfigMapping(prefix = "gnbv.reference")
public interface ReferenceConfig {
    /** A directory of data/reference's layout to load instead of the copy packed into the app. */
    Optional<Path> dir();
}
