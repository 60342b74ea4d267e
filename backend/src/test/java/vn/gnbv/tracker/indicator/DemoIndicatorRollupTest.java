package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/** The roll-up shows what a report printed beside what its own counts give, so contradictions are visible. */
@QuarkusTest
class DemoIndicatorRollupTest {
    private static final String BASE = "/api/v1/indicator-rollups";

    @Inject
    DemoUploads loader;

    @BeforeEach
    void loadDemoValues() {
        DemoValues.ensureLoaded(loader);
    }

    @Test
    void bacKanCityPrintedLatrineRateStandsBesideTheRateOfItsCounts() {
        // Seed 000 l.221: "Có 235/362 hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh, bằng 64,9%".
        rollup("children", "HYGIENIC_LATRINE_RATE", "06", "2023")
                .body("target.unit.code", is("06"))
                .body("target.value", is("64.9171270718"))
                .body("target.reportedValue", nullValue())
                .body("target.numerator", is("235"))
                .body("target.denominator", is("362"))
                .body("children.find { it.unit.code == '058' }.value", is("64.9171270718"))
                .body("children.find { it.unit.code == '058' }.reportedValue", is("64.9"))
                .body("children.find { it.unit.code == '058' }.numerator", is("235"))
                .body("children.find { it.unit.code == '058' }.denominator", is("362"))
                .body("children.find { it.unit.code == '063' }.value", nullValue());
        rollup("", "HYGIENIC_LATRINE_RATE", "058", "2023")
                .body("value", is("64.9171270718"))
                .body("reportedValue", is("64.9"))
                .body("contributingUnits", is(1));
    }

    @Test
    void bacGiangCityPrintedRateHasNoHouseholdTotalToCheckItAgainst() {
        // Seed 004 l.186: 356 poor households, "0,85%"; the total number of households is never printed.
        rollup("", "POOR_RATE", "213", "2017")
                .body("reportedValue", is("0.85"))
                .body("numerator", is("356"))
                .body("denominator", nullValue())
                .body("value", nullValue());
        // The printed reduction "2,69%" is kept as printed although 1,36 - 0,85 = 0,51.
        rollup("", "POOR_RATE_REDUCTION", "213", "2016/2017")
                .body("value", is("2.69"))
                .body("aggregation", is("NONE"));
    }

    private static ValidatableResponse rollup(String path, String indicator, String unit, String period) {
        return Api.given()
                .queryParams(Map.of("indicator", indicator, "unit", unit, "period", period))
                .get(path.isEmpty() ? BASE : BASE + "/" + path)
                .then()
                .statusCode(200);
    }
}
