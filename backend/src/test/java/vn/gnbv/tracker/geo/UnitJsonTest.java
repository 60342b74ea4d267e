package vn.gnbv.tracker.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gnbv.tracker.geo.GeoFixtures.code;
import static vn.gnbv.tracker.geo.GeoFixtures.createOk;
import static vn.gnbv.tracker.geo.GeoFixtures.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.JsonCells;

/**
 * The units' JSON cells that pulls write a row's unit with (JsonCells): Jackson's UnitRef, a unit created after the
 * cells were made is read on its own, and a renamed unit is written with its new name by the next request's cells.
 */
@QuarkusTest
class UnitJsonTest {
    @Inject
    UnitJson units;

    @Inject
    ObjectMapper mapper;

    private String json(JsonCells cells, long id) {
        return cells.get(id).getValue();
    }

    @Test
    void cellsFollowTheCatalogue() throws Exception {
        LocalDate from = GeoFixtures.slot();
        long province = createOk(unit("PROVINCE", code(2), "Tỉnh \"Ô\" Thử", "Tỉnh", null, from, from.plusDays(19)));
        JsonCells before = units.cells();
        assertSame(before, units.cells(), "memoised while the catalogue is unchanged");
        String provinceCode =
                Api.given().get("/api/v1/units/" + province).jsonPath().getString("code");
        assertEquals(
                mapper.writeValueAsString(new UnitRef(province, provinceCode, "Tỉnh \"Ô\" Thử", UnitLevel.PROVINCE)),
                json(before, province));

        String districtCode = code(3);
        long district =
                createOk(unit("DISTRICT", districtCode, "Huyện Mới", "Huyện", province, from, from.plusDays(19)));
        // Cells made before the district existed read it when asked for it.
        assertEquals(
                mapper.writeValueAsString(new UnitRef(district, districtCode, "Huyện Mới", UnitLevel.DISTRICT)),
                json(before, district));
        assertThrows(IllegalStateException.class, () -> before.get(-1));

        Map<String, Object> renamed =
                unit("DISTRICT", districtCode, "Huyện Đổi Tên", "Huyện", province, from, from.plusDays(19));
        Api.json(renamed)
                .header("If-Match", "\"0\"")
                .put("/api/v1/units/" + district)
                .then()
                .statusCode(200);
        JsonCells after = units.cells();
        assertNotSame(before, after, "made again after the catalogue changed");
        assertEquals(
                mapper.writeValueAsString(new UnitRef(district, districtCode, "Huyện Đổi Tên", UnitLevel.DISTRICT)),
                json(after, district));
    }
}
