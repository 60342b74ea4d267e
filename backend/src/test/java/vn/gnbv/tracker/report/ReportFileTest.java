package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** A report's original document: stored and returned byte for byte, checked against its type, named, cached. */
@QuarkusTest
class ReportFileTest {
    private static long newReport() {
        return create(report(PHONG_THO));
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** Uploads, downloads and compares: the same bytes, type, name and digest. */
    private static void roundTrip(String type, String storedType, byte[] bytes, String disposition, String name)
            throws Exception {
        long id = newReport();
        String sha = sha256(bytes);
        putFile(admin(), id, type, disposition, bytes)
                .then()
                .statusCode(201)
                .header("ETag", is("\"" + sha + "\""))
                .header("Location", containsString(REPORTS + "/" + id + "/file"))
                .body("fileName", is(name))
                .body("mediaType", is(storedType))
                .body("sizeBytes", is(bytes.length))
                .body("sha256", is(sha));
        Response r =
                getFile(id, type.split(";")[0]).then().statusCode(200).extract().response();
        assertArrayEquals(bytes, r.asByteArray());
        assertEquals(storedType, r.contentType().toLowerCase().replace(";charset=", "; charset="));
        assertEquals("\"" + sha + "\"", r.header("ETag"));
        assertTrue(r.header("Content-Disposition").startsWith("attachment;"), r.header("Content-Disposition"));
        admin().get(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .body("file.fileName", is(name))
                .body("file.sha256", is(sha))
                .body("file.sizeBytes", is(bytes.length));
    }

    @Test
    void aWordDocumentComesBackByteForByte() throws Exception {
        roundTrip(
                DOCX,
                DOCX,
                ReportFixtures.docx("Báo cáo giảm nghèo"),
                "attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20215.docx",
                "Báo cáo 215.docx");
    }

    @Test
    void aPdfComesBackByteForByte() throws Exception {
        roundTrip(PDF, PDF, ReportFixtures.pdf(), "attachment; filename=\"bao-cao.pdf\"", "bao-cao.pdf");
    }

    @Test
    void utf8TextComesBackByteForByte() throws Exception {
        byte[] text = "Số hộ nghèo: 1.234\nTỷ lệ: 6,5%\n".getBytes(StandardCharsets.UTF_8);
        roundTrip(TEXT, TEXT, text, "attachment; filename=\"so-lieu.txt\"", "so-lieu.txt");
        // Text without a charset is taken as UTF-8.
        roundTrip("text/plain", TEXT, text, "attachment; filename=so-lieu.txt", "so-lieu.txt");
    }

    @Test
    void aFileWithoutANameIsNamedAfterItsReport() {
        long id = newReport();
        putFile(admin(), id, DOCX, null, ReportFixtures.docx("x"))
                .then()
                .statusCode(201)
                .body("fileName", is("report-" + id + ".docx"));
        putFile(admin(), id, PDF, "attachment", ReportFixtures.pdf())
                .then()
                .statusCode(200)
                .body("fileName", is("report-" + id + ".pdf"));
    }

    @Test
    void theDownloadNamesTheFileForEveryClient() {
        long id = newReport();
        putFile(admin(), id, PDF, "attachment; filename*=UTF-8''%C4%90%E1%BB%93ng%20V%C4%83n.pdf", ReportFixtures.pdf())
                .then()
                .statusCode(201)
                .body("fileName", is("Đồng Văn.pdf"));
        getFile(id, PDF)
                .then()
                .statusCode(200)
                .header(
                        "Content-Disposition",
                        is("attachment; filename=\"Dong Van.pdf\"; filename*=UTF-8''%C4%90%E1%BB%93ng%20V%C4%83n.pdf"))
                .header("Cache-Control", is("private, no-cache"));
    }

    @Test
    void anUnchangedCopyIsNotSentAgain() throws Exception {
        long id = newReport();
        byte[] pdf = ReportFixtures.pdf();
        putFile(admin(), id, PDF, null, pdf).then().statusCode(201);
        String etag = "\"" + sha256(pdf) + "\"";
        Response r = Api.given()
                .accept(PDF + ", application/problem+json")
                .header("If-None-Match", etag)
                .get(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(304)
                .header("ETag", is(etag))
                .extract()
                .response();
        assertEquals(0, r.asByteArray().length);
        Api.given()
                .accept(PDF + ", application/problem+json")
                .header("If-None-Match", "\"" + "0".repeat(64) + "\"")
                .get(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(200);
    }

    @Test
    void aSecondUploadReplacesTheFile() throws Exception {
        long id = newReport();
        putFile(admin(), id, PDF, null, ReportFixtures.pdf()).then().statusCode(201);
        byte[] docx = ReportFixtures.docx("Bản sửa đổi");
        putFile(admin(), id, DOCX, null, docx)
                .then()
                .statusCode(200)
                .header("ETag", is("\"" + sha256(docx) + "\""))
                .body("fileName", is("report-" + id + ".docx"))
                .body("mediaType", is(DOCX));
        assertArrayEquals(
                docx, getFile(id, DOCX).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void removesTheFileAndAnswers404WithoutOne() {
        long id = newReport();
        getFile(id, PDF).then().statusCode(404).body("code", is("NOT_FOUND"));
        admin().accept("application/problem+json")
                .delete(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(404);
        putFile(admin(), id, PDF, null, ReportFixtures.pdf()).then().statusCode(201);
        admin().accept("application/problem+json")
                .delete(REPORTS + "/" + id + "/file")
                .then()
                .statusCode(204);
        getFile(id, PDF).then().statusCode(404);
        admin().get(REPORTS + "/" + id).then().statusCode(200).body("file", is((Object) null));
        putFile(admin(), 999_999_999L, PDF, null, ReportFixtures.pdf()).then().statusCode(404);
    }
}
