package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * What the upload tests share: a program and indicators of their own per test (so reading a program's lines or an
 * indicator's values back finds exactly that test's rows, and no other suite's totals move), CSV text, reading
 * back through the API, polling jobs, and asserting row errors.
 */
final class UploadFixtures {
    static final String FUNDING = "funding-lines";
    static final String VALUES = "indicator-values";
    static final String LINES = "/api/v1/funding-lines";
    static final String JOBS = "/api/v1/upload-jobs";
    static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /** The columns most funding-line tests use, amount last so a stray CR would make it invalid. */
    static final String HEADER = "program,component,unit,year,source,capital_type,measure,implementing_body,amount_vnd";

    static final String VALUE_HEADER = "indicator,unit,period,kind,value,note";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private UploadFixtures() {}

    static String unique(String prefix) {
        return prefix + " " + RUN + "-" + SEQ.incrementAndGet();
    }

    /** A username no other test uses, so its jobs and audit events are only this test's. */
    static String user(String prefix) {
        return prefix + "-" + RUN.toLowerCase() + "-" + SEQ.incrementAndGet();
    }

    static String token(String user, String role, String... units) {
        return TestTokens.of(user, role, units);
    }

    /** A fresh ADMIN token of a user of its own. */
    static String admin(String prefix) {
        return token(user(prefix), "ADMIN");
    }

    /**
     * A program of this test only, 2021–2030 (so 2026 is inside it while district 109, abolished on 2025-07-01, is
     * not a unit of 2026), with projects DA1 and DA2 and sub-project DA2.TDA1.
     */
    static String program() {
        return program(false);
    }

    /** The same, with a second sub-project DA2.TDA2 when {@code twoSubProjects}. */
    static String program(boolean twoSubProjects) {
        String code = "UPL" + RUN + "-" + SEQ.incrementAndGet() + "-2021-2030";
        long id = Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Chương trình thử " + code, "startYear", 2021, "endYear", 2030))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        component(id, Map.of("kind", "PROJECT", "code", "DA1", "nameVi", "Dự án 1", "sortOrder", 1));
        long da2 = component(id, Map.of("kind", "PROJECT", "code", "DA2", "nameVi", "Dự án 2", "sortOrder", 2));
        component(id, Map.of("kind", "SUB_PROJECT", "code", "DA2.TDA1", "nameVi", "Tiểu dự án 1", "parentId", da2));
        if (twoSubProjects) {
            component(id, Map.of("kind", "SUB_PROJECT", "code", "DA2.TDA2", "nameVi", "Tiểu dự án 2", "parentId", da2));
        }
        return code;
    }

    private static long component(long programId, Map<String, Object> body) {
        return Api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/programs/" + programId + "/components")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** An indicator of this test only: HOUSEHOLD (whole numbers) or PERCENT (any decimal), SUM. */
    static String indicator(String unitOfMeasure) {
        String code = "UPL_" + RUN + "_" + SEQ.incrementAndGet();
        Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "nameVi",
                        "Chỉ tiêu thử tải lên " + code,
                        "unitOfMeasure",
                        unitOfMeasure,
                        "aggregation",
                        "SUM"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    /** CSV text: the lines joined with LF, ending with one. */
    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A funding-line record under {@link #HEADER}: component DA2, CENTRAL, RECURRENT. */
    static String line(String program, String unit, Object year, String measure, String body, String amountVnd) {
        return String.join(
                ",",
                program,
                "DA2",
                unit,
                String.valueOf(year),
                "CENTRAL",
                "RECURRENT",
                measure,
                quote(body),
                amountVnd);
    }

    /**
     * A funding-line row as column → cell, in {@link #HEADER}'s columns (component DA2, CENTRAL, RECURRENT,
     * ASSIGNED); change cells with {@link #with} and turn rows into a file with {@link #csvOf}.
     */
    static Map<String, String> row(String program, String unit, Object year, String body, String amountVnd) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("program", program);
        m.put("component", "DA2");
        m.put("unit", unit);
        m.put("year", String.valueOf(year));
        m.put("source", "CENTRAL");
        m.put("capital_type", "RECURRENT");
        m.put("measure", "ASSIGNED");
        m.put("implementing_body", body);
        m.put("amount_vnd", amountVnd);
        return m;
    }

    /**
     * A copy of the row with cells changed: column, value, column, value... A new column is appended; a null value
     * drops the column.
     */
    static Map<String, String> with(Map<String, String> base, String... cells) {
        Map<String, String> m = new LinkedHashMap<>(base);
        for (int i = 0; i < cells.length; i += 2) {
            if (cells[i + 1] == null) {
                m.remove(cells[i]);
            } else {
                m.put(cells[i], cells[i + 1]);
            }
        }
        return m;
    }

    /** A CSV file of the rows; the header is the union of their columns, a missing cell is empty. */
    static String csvOf(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> r : rows) {
            sb.append(columns.stream().map(c -> quote(r.get(c))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return sb.toString();
    }

    /** RFC 4180 quoting when needed. */
    static String quote(String s) {
        if (s == null) {
            return "";
        }
        boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Every funding line of the program, through the API (all pages). */
    static List<Map<String, Object>> lines(String program) {
        return all(LINES + "?program=" + program);
    }

    /** Every value of the indicator, through the API (all pages). */
    static List<Map<String, Object>> values(String indicator) {
        return all("/api/v1/indicator-values?indicator=" + indicator);
    }

    /** The one line of the program with this implementing body (as stored, NFC). */
    static Map<String, Object> lineByBody(String program, String body) {
        List<Map<String, Object>> hits = lines(program).stream()
                .filter(l -> body.equals(l.get("implementingBody")))
                .collect(Collectors.toList());
        assertEquals(1, hits.size(), "lines of " + program + " with implementing body " + body + ": " + hits);
        return hits.get(0);
    }

    static List<Map<String, Object>> all(String pathAndQuery) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.given().queryParam("limit", 1000);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response r = req.get(pathAndQuery);
            assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.asString());
            JsonPath page = r.jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** Audit events whose actor is this user (a user of one test only). */
    static int auditCount(String username) {
        return all("/api/v1/audit-events?actor=" + username).size();
    }

    /** Polls a job as {@code token} until it is SUCCEEDED, REJECTED or FAILED; tolerates 503 if asked to. */
    static JsonPath awaitJob(String token, String id, boolean tolerate503) {
        long deadline = System.nanoTime() + 600_000_000_000L; // a safety net against a hung job, not a speed check
        while (System.nanoTime() < deadline) {
            Response r = Upload.api(token).get(JOBS + "/" + id);
            if (r.statusCode() == 503 && tolerate503) {
                assertEquals("DATABASE_UNAVAILABLE", r.jsonPath().getString("code"), r.asString());
            } else {
                assertEquals(200, r.statusCode(), r.asString());
                String state = r.jsonPath().getString("state");
                if (Set.of("SUCCEEDED", "REJECTED", "FAILED").contains(state)) {
                    return r.jsonPath();
                }
            }
            pause(200);
        }
        return fail("job " + id + " did not finish within 10 minutes");
    }

    static JsonPath awaitJob(String token, String id) {
        return awaitJob(token, id, false);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** "row field CODE" of every error of a problem or report (at {@code path}, e.g. "errors"). */
    static Set<String> errors(JsonPath json, String path) {
        Set<String> out = new TreeSet<>();
        List<Map<String, Object>> list = json.getList(path);
        for (Map<String, Object> e : list) {
            out.add(e.get("row") + " " + e.get("field") + " " + e.get("code"));
        }
        return out;
    }

    /**
     * A refused batch (status, problem code UPLOAD_REJECTED or OUT_OF_SCOPE): every expected "row field CODE" is
     * listed, no row outside the expected ones has an error, the counts agree and nothing was counted as written.
     */
    static JsonPath assertRejected(Response r, int status, String code, String... expected) {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonPath p = r.jsonPath();
        assertEquals(code, p.getString("code"), r.asString());
        Set<String> got = errors(p, "errors");
        Set<String> missing = new TreeSet<>();
        for (String e : expected) {
            String[] f = e.split(" ");
            // "*" as the field: the rule names no single column (e.g. both amount columns conflict).
            boolean found = f[1].equals("*")
                    ? got.stream().anyMatch(g -> g.startsWith(f[0] + " ") && g.endsWith(" " + f[2]))
                    : got.contains(e);
            if (!found) {
                missing.add(e);
            }
        }
        assertEquals(Set.of(), missing, "expected errors not reported; got " + got);
        Set<String> rows = new TreeSet<>();
        for (String e : expected) {
            rows.add(e.split(" ")[0]);
        }
        Set<String> stray =
                got.stream().filter(e -> !rows.contains(e.split(" ")[0])).collect(Collectors.toSet());
        assertEquals(Set.of(), stray, "errors on rows that are valid");
        assertEquals(p.getList("errors").size(), p.getLong("errorCount"), "errorCount");
        if (p.get("report") != null) {
            assertTrue(p.getBoolean("report.rejected"), "report.rejected");
            assertEquals(0L, p.getLong("report.inserted") + p.getLong("report.updated"), "counts of a refused batch");
        }
        return p;
    }
}
