package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/** A demo funding file loads whole or not at all, and says which line is wrong. Unit: Nậm Nhùn (112). */
@QuarkusTest
class DemoFundingLoaderTest {
    @Inject
    DemoUploads loader;

    @Test
    void fileWithABadLineIsNotLoadedAtAll() {
        var result = loader.load("fixtures/funding-lines-bad-line.csv", "funding-lines");
        assertNotNull(result.error());
        assertTrue(result.error().startsWith("422 UPLOAD_REJECTED"), result.error());
        assertTrue(result.error().contains("row 2 component UNKNOWN_COMPONENT"), result.error());
        var report = result.report();
        assertTrue(report.rejected());
        assertEquals(
                List.of("2 component UNKNOWN_COMPONENT"),
                report.errors().stream()
                        .map(v -> v.row() + " " + v.field() + " " + v.code())
                        .toList());
        assertEquals(List.of(2L, 1L, 0L), List.of(report.rowsRead(), report.rowsValid(), report.inserted()));
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
                loader.load("fixtures/no-such-file.csv", "funding-lines").error());
    }
}
