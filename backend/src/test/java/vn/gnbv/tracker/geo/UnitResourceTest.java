package vn.gnbv.tracker.geo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static vn.gnbv.tracker.geo.GeoFixtures.BEFORE_REFORM;
import static vn.gnbv.tracker.geo.GeoFixtures.code;
import static vn.gnbv.tracker.geo.GeoFixtures.create;
import static vn.gnbv.tracker.geo.GeoFixtures.createOk;
import static vn.gnbv.tracker.geo.GeoFixtures.etagOf;
import static vn.gnbv.tracker.geo.GeoFixtures.idOf;
import static vn.gnbv.tracker.geo.GeoFixtures.slot;
import static vn.gnbv.tracker.geo.GeoFixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class UnitResourceTest {
    private static final String UNITS = "/api/v1/units/";

    @Test
    void getsACommuneWithItsAncestorsForBreadcrumbs() {
        long commune = idOf("03391", BEFORE_REFORM);
        Api.given()
                .get(UNITS + commune)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("code", is("03391"))
                .body("level", is("COMMUNE"))
                .body("unitType", is("Xã"))
                .body("urbanRural", is("RURAL"))
                .body("validTo", is("2025-06-30"))
                .body("ancestors.code", is(List.of("12", "109")))
                .body("ancestors.name", is(List.of("Tỉnh Lai Châu", "Huyện Phong Thổ")))
                .body("parent.code", is("109"))
                .body("childCount", is(0));
    }

    @Test
    void getsAPoorDistrictWithItsChildCount() {
        Api.given()
                .get(UNITS + idOf("109", BEFORE_REFORM))
                .then()
                .statusCode(200)
                .body("poorDistrict", is(true))
                .body("especiallyDifficult", nullValue())
                .body("urbanRural", nullValue())
                .body("childCount", is(17))
                .body("ancestors.code", is(List.of("12")));
        Api.given()
                .get(UNITS + idOf("12", BEFORE_REFORM))
                .then()
                .statusCode(200)
                .body("parent", nullValue())
                .body("ancestors", is(List.of()));
    }

    @Test
    void answers404ForAnUnknownUnit() {
        Api.given().get(UNITS + Long.MAX_VALUE).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void createsUpdatesAndDeletesAUnitTree() {
        LocalDate from = slot();
        long province = createOk(unit("PROVINCE", code(2), "Tỉnh Thử Nghiệm", "Tỉnh", null, from, from.plusDays(19)));
        long district = createOk(unit("DISTRICT", code(3), "Huyện Thử", "Huyện", province, from, from.plusDays(19)));
        String communeCode = code(5);
        String nfdName = Normalizer.normalize("  Phường Mới ", Normalizer.Form.NFD);
        var created = create(unit("COMMUNE", communeCode, nfdName, "Phường", district, from, from.plusDays(9)))
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .header("Location", matchesPattern(".*/api/v1/units/[0-9]+"))
                .body("name", is("Phường Mới"))
                .body("urbanRural", is("URBAN"))
                .body("ancestors.id", is(List.of((int) province, (int) district)))
                .extract();
        long commune = created.jsonPath().getLong("id");
        Api.given().get(UNITS + district).then().body("childCount", is(1));

        Map<String, Object> renamed =
                unit("COMMUNE", communeCode, "Phường Đổi Tên", "Phường", district, from, from.plusDays(9));
        renamed.put("especiallyDifficult", true);
        Api.json(renamed)
                .header("If-Match", "\"0\"")
                .put(UNITS + commune)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("name", is("Phường Đổi Tên"))
                .body("especiallyDifficult", is(true));
        Api.json(renamed)
                .header("If-Match", "\"0\"")
                .put(UNITS + commune)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));

        GeoFixtures.deleting()
                .header("If-Match", etagOf(district))
                .delete(UNITS + district)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
        GeoFixtures.deleting()
                .header("If-Match", "\"1\"")
                .delete(UNITS + commune)
                .then()
                .statusCode(204);
        Api.given().get(UNITS + commune).then().statusCode(404);
        GeoFixtures.deleting()
                .header("If-Match", "\"1\"")
                .delete(UNITS + commune)
                .then()
                .statusCode(404);
    }

    @Test
    void movesASubtreeToAnotherParent() {
        LocalDate from = slot();
        long a = createOk(unit("PROVINCE", code(2), "Tỉnh A", "Tỉnh", null, from, from.plusDays(19)));
        long b = createOk(unit("PROVINCE", code(2), "Tỉnh B", "Tỉnh", null, from, from.plusDays(19)));
        String dc = code(3);
        long district = createOk(unit("DISTRICT", dc, "Huyện C", "Huyện", a, from, from.plusDays(19)));
        long commune = createOk(unit("COMMUNE", code(5), "Xã D", "Xã", district, from, from.plusDays(19)));
        Api.json(unit("DISTRICT", dc, "Huyện C", "Huyện", b, from, from.plusDays(19)))
                .header("If-Match", "\"0\"")
                .put(UNITS + district)
                .then()
                .statusCode(200)
                .body("parent.id", is((int) b));
        Api.given().get(UNITS + commune).then().statusCode(200).body("ancestors.id", is(List.of((int) b, (int)
                district)));
        Api.given()
                .queryParam("ancestorId", b)
                .queryParam("includeHistory", true)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) commune));
    }

    @Test
    void rejectsAnOverlappingVersionOfTheSameCodeAsDuplicate() {
        LocalDate from = slot();
        String pc = code(2);
        createOk(unit("PROVINCE", pc, "Tỉnh Một", "Tỉnh", null, from, from.plusDays(9)));
        create(unit("PROVINCE", pc, "Tỉnh Hai", "Tỉnh", null, from.plusDays(9), from.plusDays(19)))
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        // The day after is free: versions of a code follow each other.
        createOk(unit("PROVINCE", pc, "Tỉnh Hai", "Tỉnh", null, from.plusDays(10), from.plusDays(19)));
    }

    @Test
    void rejectsDeletingAUnitStillInUse() {
        long bacKan = idOf("06", BEFORE_REFORM);
        GeoFixtures.deleting()
                .header("If-Match", etagOf(bacKan))
                .delete(UNITS + bacKan)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"))
                .body("detail", containsString("successions"));
        Api.given().get(UNITS + bacKan).then().statusCode(200);
    }

    @Test
    void rejectsACodeOfTheWrongLengthForItsLevel() {
        LocalDate from = slot();
        create(unit("PROVINCE", code(3), "Tỉnh Sai Mã", "Tỉnh", null, from, from))
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("code"))
                .body("errors[0].code", is("CODE_FORMAT"));
    }

    @Test
    void rejectsAParentOfTheWrongLevel() {
        LocalDate from = slot();
        long p = createOk(unit("PROVINCE", code(2), "Tỉnh E", "Tỉnh", null, from, from.plusDays(19)));
        long d = createOk(unit("DISTRICT", code(3), "Huyện F", "Huyện", p, from, from.plusDays(19)));
        create(unit("DISTRICT", code(3), "Huyện G", "Huyện", d, from, from))
                .then()
                .statusCode(422)
                .body("errors[0].field", is("parentId"))
                .body("errors[0].code", is("WRONG_PARENT_LEVEL"));
        // Before the reform a commune sits under a district, not directly under a province.
        create(unit("COMMUNE", code(5), "Xã H", "Xã", p, from, from))
                .then()
                .statusCode(422)
                .body("errors[0].code", is("WRONG_PARENT_LEVEL"));
        create(unit("PROVINCE", code(2), "Tỉnh I", "Tỉnh", p, from, from))
                .then()
                .statusCode(422)
                .body("errors[0].code", is("PARENT_NOT_ALLOWED"));
    }

    @Test
    void acceptsACommuneDirectlyUnderAProvinceAfterTheReform() {
        long laiChauNew = idOf("12", GeoFixtures.AFTER_REFORM);
        // No reference commune code starts with 9, so this open-ended version overlaps nothing.
        var body =
                unit("COMMUNE", "9" + code(4), "Xã Thử Sau Cải Cách", "Xã", laiChauNew, LocalDate.of(2030, 1, 1), null);
        long id = create(body)
                .then()
                .statusCode(201)
                .body("parent.code", is("12"))
                .body("validTo", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");
        GeoFixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(UNITS + id)
                .then()
                .statusCode(204);
    }

    @Test
    void rejectsAChildOutsideItsParentsValidityAndAnInvertedRange() {
        LocalDate from = slot();
        long p = createOk(unit("PROVINCE", code(2), "Tỉnh J", "Tỉnh", null, from, from.plusDays(9)));
        create(unit("DISTRICT", code(3), "Huyện K", "Huyện", p, from, from.plusDays(19)))
                .then()
                .statusCode(422)
                .body("errors[0].field", is("parentId"))
                .body("errors[0].code", is("PARENT_NOT_VALID"));
        create(unit("PROVINCE", code(2), "Tỉnh L", "Tỉnh", null, from.plusDays(5), from))
                .then()
                .statusCode(422)
                .body("errors[0].field", is("validTo"));
        create(unit("PROVINCE", code(2), " ", "Tỉnh", null, from, from))
                .then()
                .statusCode(422)
                .body("errors[0].field", is("name"));
    }

    @Test
    void requiresIfMatchToChangeOrDelete() {
        LocalDate from = slot();
        String pc = code(2);
        long p = createOk(unit("PROVINCE", pc, "Tỉnh M", "Tỉnh", null, from, from));
        Api.raw()
                .contentType("application/json")
                .body(unit("PROVINCE", pc, "Tỉnh N", "Tỉnh", null, from, from))
                .put(UNITS + p)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", is("PRECONDITION_REQUIRED"));
        Api.raw().delete(UNITS + p).then().statusCode(428).contentType("application/problem+json");
        GeoFixtures.deleting()
                .header("If-Match", "\"7\"")
                .delete(UNITS + p)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
    }

    @Test
    void rejectsBodiesThatAreNotJson() {
        Api.raw()
                .contentType("text/plain")
                .body("code=12")
                .post("/api/v1/units")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        Api.raw()
                .contentType("application/json")
                .body("{\"code\": ")
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
