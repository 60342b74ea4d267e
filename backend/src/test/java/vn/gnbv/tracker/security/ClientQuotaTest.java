package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * Per-client quotas: the test profile gives OAuth client {@code quota-test} three requests, then one per 1,000 s
 * (application.properties), and every other client a budget no test reaches.
 */
@QuarkusTest
class ClientQuotaTest {
    private static String token(String user) {
        return TestTokens.sign(TestTokens.builder(user, "API_READER", "12").claim("azp", "quota-test"));
    }

    private static Response codeLists(String token) {
        return Api.as(token).get("/api/v1/code-lists");
    }

    @Test
    void aClientAboveItsRateGets429WithRetryAfterWhileOthersGo() {
        String greedy = token("greedy-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            codeLists(greedy).then().statusCode(200);
        }
        Response refused = codeLists(greedy);
        refused.then().statusCode(429).contentType("application/problem+json").body("code", is("TOO_MANY_REQUESTS"));
        long retry = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 1000, "Retry-After " + retry);
        // Another principal of the same OAuth client, and another client altogether, keep their own budgets.
        codeLists(token("patient-" + UUID.randomUUID())).then().statusCode(200);
        Api.given().get("/api/v1/code-lists").then().statusCode(200);
        // Still refused: nothing refilled the greedy bucket.
        codeLists(greedy).then().statusCode(429);
    }
}
