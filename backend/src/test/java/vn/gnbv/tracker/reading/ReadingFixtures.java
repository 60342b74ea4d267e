package vn.gnbv.tracker.reading;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.gnbv.tracker.Api;

/**
 * Reports to read: seed 002 (Phong Thổ's mid-term review, 68 KB of prose and figures, from data/seeds) issued by a
 * district no other test writes figures for (Hồng Dân, Bạc Liêu: 956), so a commit never changes what they read.
 */
final class ReadingFixtures {
    static final String UNIT = "956";
    static final String PROGRAM = "GNBV-2021-2025";
    static final Path SEED = Path.of("..", "data", "seeds", "002_e78e7f344878a655.txt");

    private ReadingFixtures() {}

    static byte[] seed() {
        try {
            return Files.readAllBytes(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes every report of {@link #UNIT} with the figures citing them, so a commit starts from a district without
     * figures (and its findings are new ones) however often the suite runs on one database.
     */
    static void clear() {
        List<Map<String, Object>> reports = Api.given()
                .queryParam("unit", UNIT)
                .queryParam("asOf", "2024-08-01")
                .queryParam("limit", 1000)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        for (Map<String, Object> r : reports) {
            Api.given()
                    .header("If-Match", "\"" + r.get("version") + "\"")
                    .delete("/api/v1/reports/" + r.get("id"))
                    .then()
                    .statusCode(200);
        }
    }

    /** A new report of {@link #UNIT}; its id. */
    static long report() {
        return report(UNIT);
    }

    /** A new report of {@code unit} (a district of Bạc Liêu); its id. */
    static long report(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit);
        m.put("program", PROGRAM);
        m.put("number", "READ-" + UUID.randomUUID() + "/BC-UBND");
        m.put("issuedOn", "2024-08-01");
        m.put("title", "Sơ kết Chương trình mục tiêu quốc gia giảm nghèo bền vững (đọc thử)");
        m.put("period", "2021/2024");
        m.put("kind", "MID_TERM_REVIEW");
        return Api.json(m)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static void attach(long report, String mediaType, byte[] content) {
        Api.given()
                .contentType(mediaType)
                .body(content)
                .put("/api/v1/reports/" + report + "/file")
                .then()
                .statusCode(201);
    }

    /** A report with seed 002 attached, read: its id. */
    static long readSeed() {
        long id = report();
        attach(id, "text/plain; charset=utf-8", seed());
        read(id);
        return id;
    }

    static JsonPath read(long report) {
        return Api.given()
                .post("/api/v1/reports/" + report + "/reading")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every proposal of the report (JSON), filters as query parameters. */
    static List<Map<String, Object>> proposals(long report, Object... params) {
        var req = Api.given().queryParam("limit", 1000);
        for (int i = 0; i < params.length; i += 2) {
            req = req.queryParam(params[i].toString(), params[i + 1]);
        }
        return req.get("/api/v1/reports/" + report + "/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static JsonPath bulk(long report, Map<String, Object> body) {
        return Api.json(body)
                .post("/api/v1/reports/" + report + "/proposals/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static io.restassured.response.Response commit(long report, boolean dryRun) {
        return Api.given().queryParam("dryRun", dryRun).post("/api/v1/reports/" + report + "/proposals/commit");
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
