package vn.gnbv.tracker.report;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** Reports and files of this feature's tests, with numbers unique to this JVM run. */
final class ReportFixtures {
    static final String REPORTS = "/api/v1/reports";
    static final String ANY = "application/json, application/problem+json";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain; charset=utf-8";
    /** Phong Thổ district (Lai Châu) and Bắc Kạn city, both abolished by the 2025 reform. */
    static final String PHONG_THO = "109";

    static final String BAC_KAN_CITY = "058";
    static final String BEFORE_REFORM = "2024-06-01";

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /** Bodies and media types exactly as given: REST Assured would otherwise add a charset and re-encode text. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private ReportFixtures() {}

    /** A report number no other test uses: {@code T<run>-<n>/BC-UBND}. */
    static String number() {
        return "T" + RUN + "-" + SEQ.incrementAndGet() + "/BC-UBND";
    }

    /** A valid body for a report of {@code unit} issued before the reform. */
    static Map<String, Object> report(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit);
        m.put("number", number());
        m.put("issuedOn", BEFORE_REFORM);
        m.put("title", "Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững");
        m.put("kind", "ANNUAL_REPORT");
        return m;
    }

    /** A contract-validated request as ADMIN that accepts JSON or a problem. */
    static RequestSpecification admin() {
        return Api.given().accept(ANY);
    }

    static RequestSpecification as(String token) {
        return Api.as(token).accept(ANY);
    }

    static String officer(String district) {
        return TestTokens.of("officer-" + district, "DISTRICT_OFFICER", district);
    }

    static Response create(RequestSpecification who, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body).post(REPORTS);
    }

    /** Creates a report as ADMIN; its id. */
    static long create(Map<String, Object> body) {
        return create(admin(), body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** PUT of a file, sent byte-exact with this Content-Type (and Content-Disposition when not null). */
    static Response putFile(RequestSpecification who, long id, String type, String disposition, byte[] body) {
        RequestSpecification r = who.config(EXACT).contentType(type).body(body);
        if (disposition != null) {
            r.header("Content-Disposition", disposition);
        }
        return r.put(REPORTS + "/" + id + "/file");
    }

    static Response getFile(long id, String type) {
        return Api.given().accept(type + ", application/problem+json").get(REPORTS + "/" + id + "/file");
    }

    /** A minimal valid Word document: the three parts Word needs, in a ZIP archive. */
    static byte[] docx(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml"
                     ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="word/document.xml"
                     Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""".formatted(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF, without a cross-reference table (readers rebuild it): enough to be one. */
    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A funding line of Phong Thổ citing the report, its implementing body {@code body}: its id. */
    static long fundingLine(long report, String body) {
        Map<String, Object> line = Map.of(
                "program",
                "GNBV-2021-2025",
                "component",
                "DA2",
                "unit",
                PHONG_THO,
                "fiscalYear",
                2023,
                "source",
                "CENTRAL",
                "capitalType",
                "RECURRENT",
                "measure",
                "DISBURSED",
                "implementingBody",
                body,
                "amountVnd",
                696_000_000L,
                "reportId",
                report);
        return Api.json(line)
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
