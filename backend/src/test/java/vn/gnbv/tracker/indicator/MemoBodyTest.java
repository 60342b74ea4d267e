package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * A memoised answer (the nation's roll-up into its provinces, ~10 KB here) is written and gzipped once and sent as
 * those bytes (common.MemoBodies): the same JSON and ETag gzipped or not, 304 on its ETag, and new bytes as soon as a
 * figure changes.
 */
@QuarkusTest
class MemoBodyTest {
    private static final String CHILDREN = "/api/v1/indicator-rollups/children";

    @Inject
    DataSource ds;

    @Test
    void theStoredBodyIsTheAnswerGzippedOrNotAndFollowsTheFigures() throws Exception {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        long id = Fixtures.value(hh, "03391", "2024", "10");

        Response plain = children(hh, null); // validated against the contract
        plain.then().statusCode(200).header("Content-Encoding", nullValue());
        assertTrue(plain.asByteArray().length > 1400, "large enough to be compressed");
        Response zipped = children(hh, "gzip");
        zipped.then().statusCode(200).header("Content-Encoding", "gzip");
        assertEquals(plain.asString(), gunzip(zipped), "the same JSON");
        assertEquals(plain.header("ETag"), zipped.header("ETag"), "the same (weak) ETag");
        Response refused = children(hh, "gzip;q=0");
        refused.then().statusCode(200).header("Content-Encoding", nullValue());
        assertEquals(plain.asString(), refused.asString());

        Api.given()
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", plain.header("ETag"))
                .queryParams(Map.of("indicator", hh, "unit", "VN", "period", "2024"))
                .get(CHILDREN)
                .then()
                .statusCode(304)
                .header("Content-Encoding", nullValue());

        sql("update indicator_value set value = 11 where id = " + id);
        Response after = children(hh, "gzip");
        after.then().statusCode(200).header("Content-Encoding", "gzip");
        assertNotEquals(plain.header("ETag"), after.header("ETag"));
        Response afterPlain = children(hh, null);
        assertEquals("11", afterPlain.jsonPath().getString("target.value"));
        assertEquals(afterPlain.asString(), gunzip(after));
    }

    /**
     * The answer as sent: no content decoder, so RestAssured neither adds its own Accept-Encoding nor unzips. With a
     * coding asked the body may be gzip, which the contract validator cannot read: only the plain one is validated.
     */
    private static Response children(String indicator, String acceptEncoding) {
        RequestSpecification r = acceptEncoding == null
                ? Api.given()
                : RestAssured.given().auth().oauth2(TestTokens.admin()).header("Accept-Encoding", acceptEncoding);
        return r.config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .queryParams(Map.of("indicator", indicator, "unit", "VN", "period", "2024"))
                .get(CHILDREN);
    }

    private static String gunzip(Response r) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.asByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
