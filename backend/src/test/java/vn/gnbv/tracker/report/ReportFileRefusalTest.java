package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.report.ReportFixtures.DOCX;
import static vn.gnbv.tracker.report.ReportFixtures.PDF;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.TEXT;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.getFile;
import static vn.gnbv.tracker.report.ReportFixtures.putFile;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** What a report's file may not be: another type, bytes of another type, bad text, a bad name, too large. */
@QuarkusTest
class ReportFileRefusalTest {
    private static final int LIMIT = 20 << 20;
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static long newReport() {
        return create(report(PHONG_THO));
    }

    /** A PDF of exactly {@code size} bytes. */
    private static byte[] pdfOf(int size) {
        byte[] b = Arrays.copyOf(ReportFixtures.pdf(), size);
        Arrays.fill(b, ReportFixtures.pdf().length, size, (byte) ' ');
        return b;
    }

    @Test
    void bytesOfAnotherTypeAreRefused() {
        long id = newReport();
        putFile(admin(), id, PDF, null, ReportFixtures.docx("x"))
                .then()
                .statusCode(422)
                .body("code", is("CONTENT_MISMATCH"));
        putFile(admin(), id, DOCX, null, ReportFixtures.pdf())
                .then()
                .statusCode(422)
                .body("code", is("CONTENT_MISMATCH"));
        // Latin-1 "Báo cáo": not UTF-8.
        putFile(admin(), id, TEXT, null, new byte[] {'B', (byte) 0xE1, 'o'})
                .then()
                .statusCode(422)
                .body("code", is("INVALID_ENCODING"));
        getFile(id, PDF).then().statusCode(404);
    }

    @Test
    void otherTypesCharsetsAndEmptyBodiesAreRefused() {
        long id = newReport();
        // Bodies the contract refuses by design: sent unvalidated, answered as problems.
        Api.raw()
                .config(EXACT)
                .contentType("image/png")
                .body(new byte[] {1, 2, 3})
                .put(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        Api.raw()
                .config(EXACT)
                .contentType("text/plain; charset=windows-1258")
                .body(new byte[] {'a'})
                .put(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(415)
                .body("code", is("UNSUPPORTED_ENCODING"));
        Api.raw()
                .config(EXACT)
                .contentType(PDF)
                .body(new byte[0])
                .put(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("body"));
        getFile(id, PDF).then().statusCode(404);
    }

    @Test
    void malformedNamesAreRefused() {
        long id = newReport();
        for (String disposition : new String[] {
            "attachment; filename*=ISO-8859-1''B%E1o.pdf",
            "attachment; filename*=UTF-8''B%C3.pdf",
            "attachment; filename*=UTF-8''a%0Ab.pdf",
            "attachment; filename=\"" + "a".repeat(256) + "\""
        }) {
            putFile(admin(), id, PDF, disposition, ReportFixtures.pdf())
                    .then()
                    .statusCode(400)
                    .body("code", is("INVALID_PARAMETER"))
                    .body("errors[0].field", is("Content-Disposition"));
        }
        // A directory part is not part of the name.
        putFile(admin(), id, PDF, "attachment; filename=\"C:\\\\Users\\\\ubnd\\\\bao-cao.pdf\"", ReportFixtures.pdf())
                .then()
                .statusCode(201)
                .body("fileName", is("bao-cao.pdf"));
    }

    @Test
    void aFileOfExactlyTheLimitIsTakenAndOneByteMoreIsNot() {
        long id = newReport();
        putFile(admin(), id, PDF, null, pdfOf(LIMIT)).then().statusCode(201).body("sizeBytes", is(LIMIT));
        putFile(admin(), id, PDF, null, pdfOf(LIMIT + 1)).then().statusCode(413).body("code", is("PAYLOAD_TOO_LARGE"));
        // The first file stays.
        admin().get(REPORTS + "/" + id).then().statusCode(200).body("file.sizeBytes", is(LIMIT));
    }

    /** A chunked PUT (no Content-Length) of a PDF of {@code size} bytes. */
    private static HttpRequest chunked(long id, int size) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + REPORTS + "/" + id + "/file"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", PDF)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(pdfOf(size))))
                .build();
    }

    @Test
    void aChunkedBodyIsReadUpToTheFileLimitNotTheJsonOne() throws Exception {
        long id = newReport();
        HttpResponse<String> r =
                HttpClient.newHttpClient().send(chunked(id, 2 << 20), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(2 << 20, getFile(id, PDF).then().statusCode(200).extract().asByteArray().length);
    }

    @Test
    void aBodyRunningPastTheLimitWithoutAContentLengthIsCutOff() throws Exception {
        long id = newReport();
        // Nothing can be refused up front, so the body is counted as it is read.
        try {
            HttpResponse<String> r =
                    HttpClient.newHttpClient().send(chunked(id, LIMIT + 1), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), r.body());
        } catch (IOException closedWhileSending) {
            // cut off while sending: refused all the same
        }
        getFile(id, PDF).then().statusCode(404);
    }
}
