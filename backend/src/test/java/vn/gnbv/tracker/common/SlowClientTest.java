package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Defect 6 of issue 8: a client trickling its headers held a connection forever. The idle timeout (30 s in
 * production, 1 s here) closes a connection that pauses longer than it; a well-behaved request still passes.
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
class SlowClientTest {
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1S");
        }
    }

    @Test
    void aClientTricklingItsHeadersIsDisconnected() throws Exception {
        try (RawHttp http = new RawHttp(8_000)) {
            long start = System.nanoTime();
            http.send("GET /api/v1/programs HTTP/1.1\r\nHost: localhost\r\nX-Slow: a");
            Thread.sleep(600);
            http.send("b"); // a trickle: the next byte inside the timeout keeps the connection...
            Thread.sleep(1_500); // ...a pause longer than it ends it
            String answer = http.readUntilClosed();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertFalse(answer.endsWith("<still open>"), "the server kept a trickling client for " + seconds + " s");
            assertFalse(answer.startsWith("HTTP/1.1 200"), answer);
        }
    }

    @Test
    void aPromptRequestIsAnswered() throws Exception {
        try (RawHttp http = new RawHttp(10_000)) {
            http.send("GET /q/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String answer = http.readUntilClosed();
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertFalse(answer.endsWith("<still open>"), answer);
        }
    }
}
