package vn.gnbv.tracker.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * Apache POI (exports, reading .docx) logs through log4j-api; its records must reach Quarkus' log manager — its
 * format, levels and handlers — not log4j-api's fallback printing to stderr.
 */
@QuarkusTest
class PoiLoggingTest {
    @Test
    void poiLogRecordsReachTheApplicationsLogManager() {
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger jul = Logger.getLogger("org.apache.poi.gnbvtest");
        jul.addHandler(h);
        try {
            LogManager.getLogger("org.apache.poi.gnbvtest").warn("POI says {}", "hello");
        } finally {
            jul.removeHandler(h);
        }
        assertTrue(
                LogManager.getFactory().getClass().getName().startsWith("org.jboss.logmanager"),
                LogManager.getFactory().getClass().getName());
        assertEquals(1, seen.size(), "the record reached the log manager");
        assertEquals("POI says hello", seen.get(0).getMessage());
    }
}
