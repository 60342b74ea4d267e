package vn.gnbv.tracker.security;

import static org.hamcrest.Matchers.is;
import static vn.gnbv.tracker.security.SecurityFixtures.create;
import static vn.gnbv.tracker.security.SecurityFixtures.fundingLine;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/**
 * GET by id reads on the event loop (common/PointRead), where the database may only be reached without blocking: a
 * caller's scope that ScopeResolver has not resolved yet (it reads the units) is resolved on a worker thread first.
 * Each call here names a scope no other call of the run names (Phong Thổ 109 and an unused code), so each is a first.
 */
@QuarkusTest
class PointReadScopeTest {
    private static final String LINES = "/api/v1/funding-lines";
    private static final String VALUES = "/api/v1/indicator-values";
    private static final AtomicInteger UNUSED = new AtomicInteger(99000);

    /** A district officer of Phong Thổ whose scope is new to the server (99xxx names no unit). */
    private static io.restassured.specification.RequestSpecification freshPhongTho() {
        String unused = Integer.toString(UNUSED.incrementAndGet());
        return Api.as(TestTokens.of("fresh.officer", Roles.DISTRICT_OFFICER, "109", unused));
    }

    @Test
    void aScopeReadForTheFirstTimeAnswersByIdInsideAndRefusesOutside() {
        long inside = create(LINES, fundingLine("03391"));
        long outside = create(LINES, fundingLine("01834"));
        freshPhongTho().get(LINES + "/" + inside).then().statusCode(200).body("id", is((int) inside));
        freshPhongTho().get(LINES + "/" + outside).then().statusCode(403).body("code", is("OUT_OF_SCOPE"));
        freshPhongTho().get(LINES + "/999999999").then().statusCode(403).body("code", is("OUT_OF_SCOPE"));

        String indicator = SecurityFixtures.indicator();
        long value = create(VALUES, SecurityFixtures.indicatorValue(indicator, "03391"));
        long away = create(VALUES, SecurityFixtures.indicatorValue(indicator, "01834"));
        freshPhongTho().get(VALUES + "/" + value).then().statusCode(200).body("id", is((int) value));
        freshPhongTho().get(VALUES + "/" + away).then().statusCode(403).body("code", is("OUT_OF_SCOPE"));
    }

    @Test
    void theSameScopeAskedAgainIsAnsweredFromWhatWasResolved() {
        long inside = create(LINES, fundingLine("03391"));
        long outside = create(LINES, fundingLine("01834"));
        String token = TestTokens.of("again.officer", Roles.DISTRICT_OFFICER, "109", "98999");
        for (int i = 0; i < 3; i++) {
            Api.as(token).get(LINES + "/" + inside).then().statusCode(200);
            Api.as(token).get(LINES + "/" + outside).then().statusCode(403).body("code", is("OUT_OF_SCOPE"));
        }
    }
}
