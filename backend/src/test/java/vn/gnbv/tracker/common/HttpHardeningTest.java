package vn.gnbv.tracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** Defects 5 and 7 of issue 8: security headers on every response; a small, early body limit off the upload paths. */
@QuarkusTest
class HttpHardeningTest {
    private static ValidatableResponse secured(ValidatableResponse r) {
        return r.header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"))
                .header("X-Frame-Options", is("DENY"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String api = "default-src 'none'; frame-ancestors 'none'";
        secured(Api.given().get("/api/v1/programs").then().statusCode(200)).header("Content-Security-Policy", is(api));
        secured(Api.raw().get("/api/v1/no-such-thing").then().statusCode(404))
                .header("Content-Security-Policy", is(api));
        secured(RestAssured.given().get("/api/v1/programs").then().statusCode(401))
                .header("Content-Security-Policy", is(api));
        secured(RestAssured.given().get("/q/openapi").then().statusCode(200))
                .header("Content-Security-Policy", is(api));
        // Swagger UI runs its own scripts: it may not be framed, but its scripts and styles still load.
        secured(RestAssured.given().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", is("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("default-src")));
    }

    @Test
    void slowClientsAreDroppedInProduction() {
        // SlowClientTest shows the mechanism with a 1 s timeout; this pins the production values (Vert.x keeps an
        // idle connection 30 minutes by default).
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.time.Duration idle = config.getValue("quarkus.http.idle-timeout", java.time.Duration.class);
        java.time.Duration read = config.getValue("quarkus.http.read-timeout", java.time.Duration.class);
        assertTrue(idle.compareTo(java.time.Duration.ofSeconds(60)) <= 0, "idle timeout " + idle);
        assertTrue(read.compareTo(java.time.Duration.ofSeconds(60)) <= 0, "read timeout " + read);
    }

    @Test
    void aLargeJsonBodyIsRefusedAsSoonAsItsHeadersArrive() throws Exception {
        // Only the headers are sent, declaring 2 MiB: the answer must come without the server waiting for the body.
        try (RawHttp http = new RawHttp(10_000)) {
            http.send("POST /api/v1/indicator-values HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.admin() + "\r\nContent-Type: application/json\r\nContent-Length: " + (2 << 20)
                    + "\r\n\r\n");
            String answer = http.readUntilClosed();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"code\":\"PAYLOAD_TOO_LARGE\""), answer);
            assertTrue(answer.toLowerCase().contains("x-content-type-options: nosniff"), answer);
            assertFalse(answer.endsWith("<still open>"), "the connection is closed: " + answer);
        }
    }

    @Test
    void aBodyUnderTheLimitIsReadAsUsual() {
        // 900 KiB of note: read and validated (a note that long breaks the note's own limit, 422), not cut off.
        Api.raw()
                .contentType("application/json")
                .body(
                        "{\"indicator\": \"X\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\", \"value\": \"1\","
                                + " \"note\": \"" + "a".repeat(900 << 10) + "\"}")
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOff() throws Exception {
        // Without a Content-Length nothing can be refused up front: the server stops reading at the limit, answers 413
        // itself (an empty body: the framework ends that answer, not our mapper) and closes the connection.
        var client = java.net.http.HttpClient.newHttpClient();
        byte[] chunk = ("{\"note\": \"" + "a".repeat(3 << 20) + "\"}").getBytes();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/indicator-values"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(chunk)))
                .build();
        // The server hangs up while the client still sends, so the client sees the 413 or, racing it, the closed
        // connection; what it never sees is the body read to its end and answered (a 422 here before the limit).
        // Nor is the client's oversized body logged as the server's error (it was, twice: "Unhandled error" and a
        // failed write of the ended response).
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        var capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(r.getLoggerName() + ": " + r.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            try {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode(), response.body());
            } catch (java.io.IOException closedWhileSending) {
                // cut off
            }
            Thread.sleep(500); // the server's side of the request ends after the client's
        } finally {
            root.removeHandler(capture);
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), errors);
    }
}
