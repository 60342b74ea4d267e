package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertNull;

import vn.gnbv.tracker.ingest.DemoUploads;

/** Loads the demo indicator values once per JVM (loading is idempotent, but each load re-validates every value). */
final class DemoValues {
    private static boolean loaded;

    private DemoValues() {}

    static synchronized void ensureLoaded(DemoUploads loader) {
        if (loaded) {
            return;
        }
        for (var r : loader.loadAll()) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
        loaded = true;
    }
}
