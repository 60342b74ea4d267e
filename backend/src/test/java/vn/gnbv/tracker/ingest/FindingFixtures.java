package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.gnbv.tracker.Api;

/** What the findings tests share: rows under a fuller header, uploads that answer their report, findings read back. */
final class FindingFixtures {
    /** The header the findings tests write: every key column of a funding line. */
    static final String HEADER =
            "program,component,unit,year,source,capital_type,measure,implementing_body,origin_year,amount_vnd";

    private FindingFixtures() {}

    /** A row: component (empty = the program), unit, year (empty = the phase), measure, amount; CENTRAL, RECURRENT. */
    static String row(String program, String component, String unit, Object year, String measure, long amount) {
        return row(program, component, unit, year, "CENTRAL", measure, amount);
    }

    /** The same with a budget source. */
    static String row(
            String program, String component, String unit, Object year, String source, String measure, long amount) {
        return row(program, component, unit, year, source, "RECURRENT", measure, amount);
    }

    /** The same with a budget source and a capital type. */
    static String row(
            String program,
            String component,
            String unit,
            Object year,
            String source,
            String capitalType,
            String measure,
            long amount) {
        return String.join(
                ",",
                program,
                component,
                unit,
                year == null ? "" : year.toString(),
                source,
                capitalType,
                measure,
                "B",
                "",
                Long.toString(amount));
    }

    /** The number a one-row, one-column query answers (a count), straight from the database. */
    static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A report issued by the unit on that date, through the API; its id. */
    static long report(String unit, LocalDate issued) {
        return Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unit",
                        unit,
                        "number",
                        UploadFixtures.unique("BC") + "/BC-UBND",
                        "issuedOn",
                        issued.toString(),
                        "title",
                        "Báo cáo kết quả thực hiện",
                        "kind",
                        "ANNUAL_REPORT"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The upload's report (200 expected). */
    static JsonPath upload(Upload u) {
        Response r = u.post();
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    static JsonPath uploadRows(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        return upload(Upload.csv(UploadFixtures.FUNDING, UploadFixtures.csv(lines.toArray(String[]::new))));
    }

    /** The warnings of an upload report, by rule and change: "RULE CHANGE". */
    static List<String> changes(JsonPath report) {
        List<Map<String, Object>> w = report.getList("warnings");
        return w.stream()
                .map(x -> x.get("code") + " " + x.get("change"))
                .sorted()
                .toList();
    }

    /** Every finding on a program's funding (all statuses). */
    static List<Map<String, Object>> findings(String program) {
        return UploadFixtures.all("/api/v1/findings?program=" + program);
    }

    /** Every finding on an indicator's values. */
    static List<Map<String, Object>> indicatorFindings(String indicator) {
        return UploadFixtures.all("/api/v1/findings?indicator=" + indicator);
    }

    /** The findings of one rule that are not resolved. */
    static List<Map<String, Object>> open(List<Map<String, Object>> all, String rule) {
        return all.stream()
                .filter(f -> rule.equals(f.get("rule")) && !"RESOLVED".equals(f.get("status")))
                .toList();
    }

    static long num(Map<String, Object> f, String field) {
        return ((Number) f.get(field)).longValue();
    }
}
