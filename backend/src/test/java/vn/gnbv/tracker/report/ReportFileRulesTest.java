package vn.gnbv.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/** A file's name in Content-Disposition both ways, and its type and bytes: plain JUnit, no Quarkus. */
class ReportFileRulesTest {
    private static final String FALLBACK = "report-7.pdf";

    private static ViolationCode refusal(String header) {
        ApiException e = assertThrows(ApiException.class, () -> FileNames.parse(header, FALLBACK));
        assertEquals(ErrorCode.INVALID_PARAMETER, e.code());
        return e.errors().get(0).code();
    }

    @Test
    void readsTheExtendedNameFirstThenThePlainOne() {
        assertEquals("Báo cáo.pdf", FileNames.parse("attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf", FALLBACK));
        assertEquals(
                "Báo cáo.pdf",
                FileNames.parse(
                        "attachment; filename=\"bao-cao.pdf\"; filename*=utf-8'vi'B%C3%A1o%20c%C3%A1o.pdf", FALLBACK));
        assertEquals("a \"b\"; c.pdf", FileNames.parse("attachment; filename=\"a \\\"b\\\"; c.pdf\"", FALLBACK));
        assertEquals("plain.pdf", FileNames.parse("attachment;filename=plain.pdf", FALLBACK));
        assertEquals("x.pdf", FileNames.parse("attachment; filename=\"/tmp/../x.pdf\"", FALLBACK));
    }

    @Test
    void readsRawUtf8InAPlainNameAsMeantAndStoresNfc() {
        // Header bytes arrive as ISO-8859-1 characters: raw UTF-8 for "Bá.pdf" looks like "BÃ¡.pdf".
        String raw = new String("Bá.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Bá.pdf", FileNames.parse("attachment; filename=\"" + raw + "\"", FALLBACK));
        // A Latin-1 name that is not UTF-8 stays as it came.
        assertEquals("café.pdf", FileNames.parse("attachment; filename=\"café.pdf\"", FALLBACK));
        assertEquals("Báo.pdf", FileNames.parse("attachment; filename*=UTF-8''Ba%CC%81o.pdf", FALLBACK));
    }

    @Test
    void fallsBackWhenNoNameIsGiven() {
        assertEquals(FALLBACK, FileNames.parse(null, FALLBACK));
        assertEquals(FALLBACK, FileNames.parse("attachment", FALLBACK));
        assertEquals(FALLBACK, FileNames.parse("attachment; filename=\"  \"", FALLBACK));
    }

    @Test
    void refusesMalformedNames() {
        assertEquals(ViolationCode.INVALID_FORMAT, refusal("attachment; filename*=latin1''a.pdf"));
        assertEquals(ViolationCode.INVALID_FORMAT, refusal("attachment; filename*=UTF-8''a%G1.pdf"));
        assertEquals(ViolationCode.INVALID_FORMAT, refusal("attachment; filename*=UTF-8''a%2"));
        assertEquals(ViolationCode.INVALID_ENCODING, refusal("attachment; filename*=UTF-8''%FF.pdf"));
        assertEquals(ViolationCode.INVALID_CHARACTER, refusal("attachment; filename*=UTF-8''a%00.pdf"));
        assertEquals(ViolationCode.TOO_LONG, refusal("attachment; filename=" + "a".repeat(256)));
        assertEquals("a".repeat(255), FileNames.parse("attachment; filename=" + "a".repeat(255), FALLBACK));
    }

    @Test
    void writesAnAsciiFallbackAndTheExactName() {
        assertEquals(
                "attachment; filename=\"Dong Van _1_.pdf\"; filename*=UTF-8''%C4%90%E1%BB%93ng%20V%C4%83n%20%221%22.pdf",
                FileNames.attachment("Đồng Văn \"1\".pdf"));
        String name = "Báo cáo số 12-BC (bản 2); 100%.docx";
        String header = FileNames.attachment(name);
        assertEquals(name, FileNames.parse(header, FALLBACK));
    }

    @Test
    void checksTheTypeAndTheBytes() {
        assertEquals(ReportUpload.Type.PDF, ReportUpload.type("Application/PDF"));
        assertEquals(ReportUpload.Type.TEXT, ReportUpload.type("text/plain;charset=\"UTF-8\""));
        assertEquals(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                assertThrows(ApiException.class, () -> ReportUpload.type("application/vnd"))
                        .code());
        assertEquals(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                assertThrows(ApiException.class, () -> ReportUpload.type(null)).code());
        assertEquals(
                ErrorCode.UNSUPPORTED_ENCODING,
                assertThrows(ApiException.class, () -> ReportUpload.type("text/plain; charset=utf-16"))
                        .code());
        byte[] pk = {'P', 'K', 3, 4, 0};
        assertEquals(
                "ab26c88d690490a5b3d849cb2940bc0d41c0581931fcc7642193e2389a85bcf5",
                ReportUpload.of(ReportUpload.Type.DOCX, "a.docx", pk).sha256());
        assertEquals(
                ErrorCode.CONTENT_MISMATCH,
                assertThrows(ApiException.class, () -> ReportUpload.of(ReportUpload.Type.PDF, "a.pdf", pk))
                        .code());
        assertEquals(
                ErrorCode.CONTENT_MISMATCH,
                assertThrows(
                                ApiException.class,
                                () -> ReportUpload.of(ReportUpload.Type.PDF, "a.pdf", new byte[] {'%', 'P'}))
                        .code());
        // A lone continuation byte and an overlong encoding are not UTF-8.
        for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}}) {
            assertEquals(
                    ErrorCode.INVALID_ENCODING,
                    assertThrows(ApiException.class, () -> ReportUpload.of(ReportUpload.Type.TEXT, "a.txt", bad))
                            .code());
        }
    }
}
