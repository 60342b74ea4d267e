package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class OpenApiContractTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentIsExactlyTheContract() throws Exception {
        JsonNode published = yaml.readTree(Files.readString(Api.CONTRACT));
        String served = RestAssured.given()
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode servedTree = yaml.readTree(served);
        assertEquals("3.0.3", servedTree.get("openapi").asText());
        assertEquals(published.get("paths"), servedTree.get("paths"), "paths differ from openapi.yaml");
        assertEquals(published.get("components"), servedTree.get("components"), "components differ from openapi.yaml");
        assertEquals(published.get("info"), servedTree.get("info"));
    }

    @Test
    void codeListsArePublished() {
        Api.given()
                .get("/api/v1/code-lists")
                .then()
                .statusCode(200)
                .body("sources.code", org.hamcrest.Matchers.hasItems("CENTRAL", "PEOPLE_COUNTERPART", "UNSPECIFIED"))
                .body("measures.size()", org.hamcrest.Matchers.is(10))
                .body("unitLevels.code", org.hamcrest.Matchers.hasItem("NATION"))
                .body(
                        "reportKinds.code",
                        org.hamcrest.Matchers.contains("ANNUAL_REPORT", "MID_TERM_REVIEW", "PLAN", "AD_HOC"))
                .body("reportKinds.find { it.code == 'PLAN' }.nameVi", org.hamcrest.Matchers.is("Kế hoạch"));
    }

    @Test
    void unknownPathIsProblemJson() {
        Api.raw()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.is("NOT_FOUND"));
    }

    @Test
    void truncatedJsonBodyIsMalformedRequest() {
        Api.raw()
                .contentType("application/json")
                .body("{\"code\": \"99\", \"name\": ")
                .post("/api/v1/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.is("MALFORMED_REQUEST"));
    }
}
