package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** A demo file loads whole or not at all, and says which line is wrong. Unit: Nậm Nhùn (112). */
@QuarkusTest
class DemoFundingLoaderTest {
    @Inject
    DemoFundingLoader loader;

    @Test
    void fileWithABadLineIsNotLoadedAtAll() {
        var result = loader.loadResource("fixtures/funding-bad-line.json");
        assertNotNull(result.error());
        assertTrue(result.error().startsWith("line 2: VALIDATION_FAILED"), result.error());
        assertTrue(result.error().contains("component UNKNOWN_COMPONENT"), result.error());
        assertEquals(0, result.created());
        Api.given()
                .queryParam("unit", "112")
                .queryParam("year", 2023)
                .queryParam("component", "DA5")
                .queryParam("limit", 1000)
                .get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .body("items.implementingBody", not(hasItem("Loader rollback check")));
    }

    @Test
    void missingResourceIsReportedNotThrown() {
        assertEquals(
                "no such resource",
                loader.loadResource("fixtures/no-such-file.json").error());
    }
}
