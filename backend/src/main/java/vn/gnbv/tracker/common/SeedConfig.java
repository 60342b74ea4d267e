package vn.gnbv.tracker.common;

import io.smallrye.config.ConfigMapping;

/** {@code gnbv.seed.*}: which data the app loads at start when it is missing. */
@ConfigMapping(prefix = "gnbv.seed")
public interface SeedConfig {
    /** The administrative units and the 2025 reform (the app needs them; off only for special set-ups). */
    boolean reference();

    /** The demo programs, projects, funding lines and indicator values. */
    boolean demo();
}
