package vn.gnbv.tracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/**
 * A bearer token is verified in full once, then recognised by its exact text until it expires — never longer, never
 * for a token that failed verification, and always as the user it was issued to.
 */
@QuarkusTest
class VerifiedTokensTest {
    private static final String ME = "/api/v1/me";

    @Inject
    VerifiedTokens tokens;

    private static int status(String token) {
        return Api.as(token).get(ME).statusCode();
    }

    @Test
    void theSameTokenIsVerifiedOnceAndAnsweredAsItsOwnUser() {
        String a = TestTokens.of("vt-a", Roles.VIEWER, "12");
        String b = TestTokens.of("vt-b", Roles.VIEWER, "14");
        long before = tokens.hits();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    "vt-a", Api.as(a).get(ME).then().statusCode(200).extract().path("username"));
            assertEquals(
                    "vt-b", Api.as(b).get(ME).then().statusCode(200).extract().path("username"));
        }
        assertTrue(tokens.hits() - before >= 4, "the second and third use of each token come from memory");
    }

    @Test
    void anExpiredTokenIsRefusedAlthoughItWasRemembered() throws InterruptedException {
        long exp = Instant.now().getEpochSecond() + 2;
        String t =
                TestTokens.sign(TestTokens.builder("vt-exp", Roles.VIEWER, "12").expiresAt(exp));
        assertEquals(200, status(t));
        assertEquals(200, status(t));
        while (Instant.now().getEpochSecond() <= exp) {
            Thread.sleep(200);
        }
        assertEquals(401, status(t), "past its exp the token is refused, remembered or not");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        String wrongAudience =
                TestTokens.sign(TestTokens.builder("vt-aud", Roles.ADMIN).audience(java.util.Set.of("someone-else")));
        String good = TestTokens.of("vt-aud", Roles.ADMIN);
        String tampered = good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(200, status(good));
        for (int i = 0; i < 2; i++) {
            assertEquals(401, status(wrongAudience));
            assertEquals(401, status(tampered));
        }
    }
}
