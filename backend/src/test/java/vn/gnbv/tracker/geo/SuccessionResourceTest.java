package vn.gnbv.tracker.geo;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.gnbv.tracker.geo.GeoFixtures.AFTER_REFORM;
import static vn.gnbv.tracker.geo.GeoFixtures.BEFORE_REFORM;
import static vn.gnbv.tracker.geo.GeoFixtures.code;
import static vn.gnbv.tracker.geo.GeoFixtures.createOk;
import static vn.gnbv.tracker.geo.GeoFixtures.idOf;
import static vn.gnbv.tracker.geo.GeoFixtures.slot;
import static vn.gnbv.tracker.geo.GeoFixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class SuccessionResourceTest {
    private static final String LINKS = "/api/v1/unit-successions";

    private static String successionsOf(long id) {
        return "/api/v1/units/" + id + "/successions";
    }

    @Test
    void showsBacKanMergedWhollyIntoThaiNguyen() {
        long bacKan = idOf("06", BEFORE_REFORM);
        long thaiNguyen = idOf("19", AFTER_REFORM);
        Api.given()
                .get(successionsOf(bacKan))
                .then()
                .statusCode(200)
                .body("unit.name", is("Tỉnh Bắc Kạn"))
                .body("predecessors", hasSize(0))
                .body("successors", hasSize(1))
                .body("successors[0].unit.id", is((int) thaiNguyen))
                .body("successors[0].unit.name", is("Tỉnh Thái Nguyên"))
                .body("successors[0].kind", is("FULL"))
                .body("successors[0].effectiveDate", is(AFTER_REFORM));
        Api.given()
                .get(successionsOf(thaiNguyen))
                .then()
                .statusCode(200)
                .body("predecessors.unit.code", is(List.of("06", "19")))
                .body("predecessors.kind", is(List.of("FULL", "FULL")))
                .body("successors", hasSize(0));
    }

    @Test
    void showsACommuneSplitPartiallyAcrossSuccessors() {
        // Phường Ngọc Hà (00016) went partly into the new Ba Đình (00004) and partly into the new Ngọc Hà (00008).
        Api.given()
                .get(successionsOf(idOf("00016", BEFORE_REFORM)))
                .then()
                .statusCode(200)
                .body("successors.unit.code", is(List.of("00004", "00008")))
                .body("successors.kind", is(List.of("PARTIAL", "PARTIAL")));
    }

    @Test
    void answers404ForTheSuccessionsOfAnUnknownUnit() {
        Api.given().get(successionsOf(Long.MAX_VALUE)).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void createsReadsAndDeletesASuccession() {
        LocalDate from = slot();
        long oldUnit = createOk(unit("PROVINCE", code(2), "Tỉnh Cũ", "Tỉnh", null, from, from.plusDays(9)));
        long newUnit =
                createOk(unit("PROVINCE", code(2), "Tỉnh Mới", "Tỉnh", null, from.plusDays(10), from.plusDays(19)));
        Map<String, Object> link = Map.of(
                "predecessorId",
                oldUnit,
                "successorId",
                newUnit,
                "effectiveDate",
                from.plusDays(10).toString(),
                "kind",
                "PARTIAL");
        String self = LINKS + "/" + oldUnit + "/" + newUnit;
        Api.json(link)
                .post(LINKS)
                .then()
                .statusCode(201)
                .header("Location", endsWith(self))
                .body("predecessor.name", is("Tỉnh Cũ"))
                .body("successor.name", is("Tỉnh Mới"))
                .body("kind", is("PARTIAL"));
        Api.given()
                .get(self)
                .then()
                .statusCode(200)
                .body("effectiveDate", is(from.plusDays(10).toString()));
        Api.given().get(successionsOf(newUnit)).then().body("predecessors.unit.id", hasItem((int) oldUnit));
        Api.json(link).post(LINKS).then().statusCode(409).body("code", is("DUPLICATE_KEY"));

        GeoFixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + oldUnit)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
        GeoFixtures.deleting().delete(self).then().statusCode(204);
        Api.given().get(successionsOf(oldUnit)).then().body("successors.unit.id", not(hasItem((int) newUnit)));
        GeoFixtures.deleting().delete(self).then().statusCode(404).body("code", is("NOT_FOUND"));
        Api.given().get(self).then().statusCode(404);
    }

    @Test
    void rejectsASuccessionWhoseDatesDoNotMeet() {
        LocalDate from = slot();
        long a = createOk(unit("PROVINCE", code(2), "Tỉnh P", "Tỉnh", null, from, from.plusDays(9)));
        long b = createOk(unit("PROVINCE", code(2), "Tỉnh Q", "Tỉnh", null, from.plusDays(12), from.plusDays(19)));
        // a ends on day 9, so the handover is day 10; b only starts on day 12.
        Api.json(Map.of(
                        "predecessorId",
                        a,
                        "successorId",
                        b,
                        "effectiveDate",
                        from.plusDays(10).toString(),
                        "kind",
                        "FULL"))
                .post(LINKS)
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("successorId"))
                .body("errors.code", hasItem("SUCCESSOR_NOT_VALID"));
        Api.json(Map.of(
                        "predecessorId",
                        a,
                        "successorId",
                        b,
                        "effectiveDate",
                        from.plusDays(12).toString(),
                        "kind",
                        "FULL"))
                .post(LINKS)
                .then()
                .statusCode(422)
                .body("errors.field", is(List.of("effectiveDate")))
                .body("errors.code", is(List.of("PREDECESSOR_NOT_ENDED")));
        Api.json(Map.of(
                        "predecessorId",
                        Long.MAX_VALUE,
                        "successorId",
                        b,
                        "effectiveDate",
                        from.plusDays(12).toString(),
                        "kind",
                        "FULL"))
                .post(LINKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("predecessorId"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
    }

    @Test
    void rejectsASuccessionBodyThatIsNotJson() {
        Api.raw()
                .contentType("text/plain")
                .body("06 -> 19")
                .post(LINKS)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
    }
}
