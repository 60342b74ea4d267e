package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** UTF-8 only (a BOM is fine), refused with nothing stored otherwise; text is stored in NFC. */
@QuarkusTest
class UploadEncodingTest {
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(Response r, int status, Set<String> codes) {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(
                codes.contains(r.jsonPath().getString("code")),
                "code " + r.jsonPath().getString("code"));
    }

    @Test
    void acceptsAByteOrderMark() {
        String p = UploadFixtures.program();
        byte[] body = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Có BOM", "42"))));
        Upload.bytes(FUNDING, "text/csv", body).post().then().statusCode(200);
        assertEquals(42L, num(lineByBody(p, "Có BOM").get("amountVnd")));
    }

    @Test
    void refusesInvalidUtf8NamingTheRowAndStoresNothing() {
        String p = UploadFixtures.program();
        byte[] body = concat(
                utf8(csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Hợp lệ", "1"))),
                utf8(p + ",DA2,109,2023,CENTRAL,RECURRENT,DISBURSED,Sai "),
                new byte[] {(byte) 0xC3, 0x28},
                utf8(" mã,2\n"),
                utf8(line(p, "109", 2023, "ALLOCATED", "Sau", "3") + "\n"));
        Response r = Upload.bytes(FUNDING, "text/csv", body).post();
        assertProblem(r, 422, Set.of("INVALID_ENCODING"));
        assertTrue(r.jsonPath().getList("errors.row", Integer.class).contains(2), "names row 2: " + r.asString());

        // An encoded UTF-16 surrogate (never valid in UTF-8) in the first row, and an overlong '/' in a JSON body.
        byte[] surrogate = concat(
                utf8(HEADER + "\n" + p + ",DA2,109,2023,CENTRAL,RECURRENT,ASSIGNED,X"),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                utf8(",1\n"));
        assertProblem(Upload.bytes(FUNDING, "text/csv", surrogate).post(), 422, Set.of("INVALID_ENCODING"));
        byte[] json = concat(
                utf8("[{\"program\": \"" + p + "\", \"unit\": \"109\", \"year\": 2023, \"source\": "
                        + "\"CENTRAL\", \"capitalType\": \"RECURRENT\", \"measure\": \"ASSIGNED\", \"amountVnd\": 1,"
                        + " \"implementingBody\": \"a"),
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                utf8("b\"}]"));
        assertProblem(Upload.bytes(FUNDING, "application/json", json).postRaw(), 422, Set.of("INVALID_ENCODING"));
        assertEquals(List.of(), lines(p));
    }

    @Test
    void refusesUtf16AndUtf32Bodies() {
        String p = UploadFixtures.program();
        String text = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "UTF-16", "1"));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(Charset.forName("UTF-32BE")));
        for (byte[] body : List.of(le, be, utf32)) {
            assertProblem(Upload.bytes(FUNDING, "text/csv", body).post(), 415, Set.of("UNSUPPORTED_ENCODING"));
            assertProblem(Upload.bytes(FUNDING, "text/csv", body).startJob(), 415, Set.of("UNSUPPORTED_ENCODING"));
        }
        assertEquals(List.of(), lines(p));
    }

    @Test
    void acceptsOnlyTheUtf8Charset() {
        String p = UploadFixtures.program();
        byte[] latin1 =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Latin", "1")).getBytes(StandardCharsets.ISO_8859_1);
        Set<String> refused = Set.of("UNSUPPORTED_ENCODING", "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(
                Upload.bytes(FUNDING, "text/csv; charset=ISO-8859-1", latin1).post(), 415, refused);
        assertProblem(
                Upload.bytes(FUNDING, "text/csv; charset=windows-1258", latin1).post(), 415, refused);
        assertProblem(
                Upload.bytes(FUNDING, "text/csv; charset=ISO-8859-1", latin1).startJob(), 415, refused);
        // Neither CSV nor JSON: not in the contract, so sent unvalidated.
        assertProblem(
                Upload.bytes(FUNDING, "application/xml", utf8("<rows/>")).postRaw(),
                415,
                Set.of("UNSUPPORTED_MEDIA_TYPE"));
        assertEquals(List.of(), lines(p));

        Upload.bytes(
                        FUNDING,
                        "text/csv; charset=utf-8",
                        utf8(csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Thường", "1"))))
                .post()
                .then()
                .statusCode(200);
        Upload.bytes(
                        FUNDING,
                        "text/csv;charset=\"UTF-8\"",
                        utf8(csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Hoa", "2"))))
                .post()
                .then()
                .statusCode(200);
        assertEquals(2, lines(p).size());
    }

    @Test
    void storesDecomposedTextInNfcAndMatchesItAsOneKey() {
        String p = UploadFixtures.program();
        String body = "Phòng Lao động - Thương binh và Xã hội";
        String note = "Đã đối chiếu với báo cáo tỉnh";
        String file = csv(
                HEADER + ",note,reference",
                line(p, "109", 2023, "ASSIGNED", UploadFixtures.nfd(body), "7") + "," + UploadFixtures.nfd(note) + ","
                        + UploadFixtures.nfd("Quyết định số 1"));
        Upload.csv(FUNDING, file).post().then().statusCode(200);
        var stored = lineByBody(p, body);
        assertEquals(UploadFixtures.nfc(note), stored.get("note"));
        assertEquals(UploadFixtures.nfc("Quyết định số 1"), stored.get("reference"));
        // The NFC spelling is the same key: an update, not a second line.
        var again = Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", body, "8")))
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(0L, 1L), List.of(again.getLong("inserted"), again.getLong("updated")));
        assertEquals(8L, num(lineByBody(p, body).get("amountVnd")));
    }
}
