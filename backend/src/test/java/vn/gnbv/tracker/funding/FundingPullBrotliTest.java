package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Brotli on the pulls (issue 12: "gzip/br when asked"): a client asking br gets br, whose bytes decode to exactly the
 * body a gzip client reads (that one validated against the contract; the validator cannot read br).
 */
@QuarkusTest
class FundingPullBrotliTest {
    private static final String PATH = FundingPullTest.PATH;

    @Inject
    DataSource ds;

    private static byte[] unbrotli(byte[] body) throws Exception {
        Brotli4jLoader.ensureAvailability();
        DirectDecompress d = Decoder.decompress(body);
        assertEquals(DecoderJNI.Status.DONE, d.getResultStatus(), "a whole brotli stream");
        return d.getDecompressedData();
    }

    private static Response raw(long report, String accept, String encoding) {
        // Without RestAssured's own Accept-Encoding (gzip, deflate) and its decoding: exactly these codings, raw bytes.
        return Api.raw()
                .config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept", accept)
                .header("Accept-Encoding", encoding)
                .get(PATH + "?report=" + report);
    }

    @Test
    void brotliWhenAskedDecodesToTheSameBody() throws Exception {
        long r = FundingFixtures.report(ds, "109", LocalDate.of(2023, 12, 21));
        // 2023 only, as FundingPullTest: other tests sum Lai Châu's other years to the đồng. Each line has an
        // implementing body of its own (a key of its own).
        for (int i = 0; i < 4; i++) {
            for (String measure : List.of("ASSIGNED", "ALLOCATED", "DISBURSED", "CARRIED_OUT", "RETURNED")) {
                FundingFixtures.create(with(line("DA2", "109", 2023, measure, 1L), "reportId", r));
            }
        }
        for (String accept : List.of("application/json", "text/csv")) {
            // RestAssured asks gzip and inflates it: the body as written.
            byte[] plain = Api.given()
                    .header("Accept", accept)
                    .get(PATH + "?report=" + r)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertTrue(
                    plain.length >= vn.gnbv.tracker.common.HttpCaching.COMPRESS_FROM, accept + ": worth compressing");
            Response br = raw(r, accept, "br");
            br.then().statusCode(200).header("Content-Encoding", "br");
            byte[] wire = br.asByteArray();
            assertTrue(wire.length < plain.length / 2, accept + ": " + wire.length + " of " + plain.length + " bytes");
            assertArrayEquals(plain, unbrotli(wire), accept);
        }
        // Accepted alike, br is chosen for an answer written per request (a CSV page is streamed)…
        raw(r, "text/csv", "gzip, deflate, br").then().statusCode(200).header("Content-Encoding", "br");
        // …while a JSON page the server keeps (read above) goes as the gzip it made once.
        raw(r, "application/json", "gzip, deflate, br").then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
