package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.FindingFixtures.row;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The first load of a report's figures goes straight into the table (DirectInsert): its rows are written before its
 * province locks are taken (the staged path writes after them), keys another report states are ranked as for any
 * write, findings name the batch's rows, and a batch with a row in error, a repeated key or a report that has figures
 * takes the staged path, whose answer it gives.
 */
@QuarkusTest
class DirectInsertTest {
    @Inject
    DataSource ds;

    @Test
    void aNewReportsLinesAreWrittenBeforeTheirProvinceIsLocked() throws Exception {
        String p = UploadFixtures.program();
        long report = report(LocalDate.of(2024, 6, 30));
        String token = UploadFixtures.admin("direct-lock");
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "A", "100000000"),
                line(p, "109", 2023, "DISBURSED", "A", "40000000"),
                line(p, "109", 2024, "ASSIGNED", "A", "120000000"));
        // Unit 109 as of the report's date, as the upload resolves it.
        long province = count("select split_part(path, '/', 2)::bigint from admin_unit where code = '109'"
                + " and valid_from <= '2024-06-30' and (valid_to is null or valid_to >= '2024-06-30')");
        String id;
        try (Connection holder = ds.getConnection();
                Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            st.executeQuery("select pg_advisory_xact_lock(4, " + province + ")").close();
            long before = count("select last_value from funding_line_id_seq");
            id = Upload.csv(FUNDING, file).report(report).as(token).jobId();
            while (count("select count(*) from pg_locks where locktype = 'advisory' and not granted") == 0) {
                UploadFixtures.pause(20); // the upload waits for the province
            }
            // The sequence is not transactional: the rows took their ids, so they are in the table (uncommitted).
            assertTrue(count("select last_value from funding_line_id_seq") >= before + 3, "written before the lock");
            assertEquals(0L, count("select count(*) from funding_line where report_id = " + report));
            holder.rollback();
        }
        JsonPath job = UploadFixtures.awaitJob(token, id);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(3L, job.getLong("report.inserted"));
        assertEquals(3L, count("select count(*) from funding_line where current and report_id = " + report));
        // The upload's event lists exactly its rows as created.
        assertEquals(
                3L,
                count("select count(*) from funding_line f join audit_event e on e.resource_id = '" + id
                        + "' and e.operation = 'UPLOAD' and f.id <@ e.created_ids where f.report_id = " + report));
    }

    @Test
    void keysAnotherReportStatesAreRankedByTheReportsDates() throws Exception {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("direct-rank");
        long annual = report(LocalDate.of(2024, 1, 15));
        long review = report(LocalDate.of(2024, 9, 1));
        long older = report(LocalDate.of(2023, 6, 30));
        String a = line(p, "109", 2023, "ASSIGNED", "A", "%s");
        String b = line(p, "109", 2023, "ASSIGNED", "B", "%s");
        String c = line(p, "109", 2023, "ASSIGNED", "C", "%s");
        ok(Upload.csv(FUNDING, csv(HEADER, a.formatted(10), b.formatted(20))).report(annual), token);
        ok(Upload.csv(FUNDING, csv(HEADER, a.formatted(11), c.formatted(30))).report(review), token);
        ok(Upload.csv(FUNDING, csv(HEADER, b.formatted(19), c.formatted(29))).report(older), token);
        assertEquals(
                Map.of(
                        "A 10 r" + annual, false,
                        "A 11 r" + review, true,
                        "B 20 r" + annual, true,
                        "B 19 r" + older, false,
                        "C 30 r" + review, true,
                        "C 29 r" + older, false),
                current(
                        "select f.implementing_body || ' ' || f.amount_vnd || ' r' || f.report_id, f.current"
                                + " from funding_line f join program p on p.id = f.program_id where p.code = ?",
                        p));
    }

    @Test
    void indicatorValuesOfANewReportAreRankedToo() throws Exception {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String token = UploadFixtures.admin("direct-values");
        long annual = report(LocalDate.of(2024, 1, 15));
        long review = report(LocalDate.of(2024, 9, 1));
        String v = hh + ",109,2023,ACTUAL,%s,";
        String w = hh + ",109,2024,ACTUAL,%s,";
        JsonPath first = ok(
                Upload.csv(VALUES, csv(VALUE_HEADER, v.formatted(10), w.formatted(12)))
                        .report(annual),
                token);
        assertEquals(2L, first.getLong("inserted"));
        ok(Upload.csv(VALUES, csv(VALUE_HEADER, v.formatted(11))).report(review), token);
        assertEquals(
                Map.of("2023 10 r" + annual, false, "2023 11 r" + review, true, "2024 12 r" + annual, true),
                current(
                        "select v.period || ' ' || v.value::int || ' r' || v.report_id, v.current from indicator_value v"
                                + " join indicator i on i.id = v.indicator_id where i.code = ?",
                        hh));
    }

    @Test
    void findingsNameTheRowsTheStagedPathWouldName() throws Exception {
        String p = UploadFixtures.program(true);
        long report = report(LocalDate.of(2024, 6, 30));
        String token = UploadFixtures.admin("direct-findings");
        // Rows 2 and 4: disbursed above what was assigned; rows 1, 3 and 5: a stated total against its parts.
        String file = csv(
                FindingFixtures.HEADER,
                row(p, "DA2", "109", 2023, "DISBURSED", 1_046_000_000L),
                row(p, "DA1", "109", 2023, "ASSIGNED", 100_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
                row(p, "DA1", "109", 2023, "DISBURSED", 150_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L));
        JsonPath dry = ok(Upload.csv(FUNDING, file).report(report).dryRun(), token);
        JsonPath real = ok(Upload.csv(FUNDING, file).report(report), token);
        Map<String, List<Object>> rows = rowsByRule(real);
        assertEquals(Map.of("DISBURSED_OVER_AVAILABLE", List.of(2, 4), "TOTAL_VS_PARTS", List.of(1, 3, 5)), rows);
        assertEquals(rowsByRule(dry), rows, "the dry run takes the staged path");
    }

    @Test
    void aRowInErrorTakesTheStagedPathWhichReportsEveryError() throws Exception {
        String p = UploadFixtures.program();
        long report = report(LocalDate.of(2024, 6, 30));
        String token = UploadFixtures.admin("direct-errors");
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "A", "100"),
                line(p, "ZZZZZ", 2023, "ASSIGNED", "A", "100"),
                line(p, "109", 2024, "ASSIGNED", "A", "100"),
                line(p, "109", 20245, "ASSIGNED", "A", "100"),
                line(p, "109", 2023, "ASSIGNED", "A", "100"));
        var r = Upload.csv(FUNDING, file).report(report).as(token).post();
        assertEquals(422, r.statusCode(), r.asString());
        JsonPath body = r.jsonPath();
        assertEquals(
                List.of(2, 4, 5), body.getList("errors.row").stream().distinct().toList(), r.asString());
        assertEquals("DUPLICATE_KEY_IN_BATCH", body.getString("errors.find { it.row == 5 }.code"), r.asString());
        assertEquals(0L, count("select count(*) from funding_line where report_id = " + report));
    }

    @Test
    void aKeyRepeatedInTheBatchIsTheStagedPathsRowError() throws Exception {
        String p = UploadFixtures.program();
        long report = report(LocalDate.of(2024, 6, 30));
        String token = UploadFixtures.admin("direct-repeat");
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "A", "100"),
                line(p, "109", 2024, "ASSIGNED", "A", "100"),
                line(p, "109", 2023, "ASSIGNED", "A", "200"));
        var r = Upload.csv(FUNDING, file).report(report).as(token).post();
        assertEquals(422, r.statusCode(), r.asString());
        assertEquals(List.of(3), r.jsonPath().getList("errors.row"), r.asString());
        assertEquals("DUPLICATE_KEY_IN_BATCH", r.jsonPath().getString("errors[0].code"), r.asString());
        assertEquals(0L, count("select count(*) from funding_line where report_id = " + report));
        assertFalse(r.asString().contains("funding_line_natural_key"), "no database message leaks");
    }

    /**
     * Two loads of one new report at once, keys overlapping; the second names its report per row, so only the first
     * takes the report's lock: each key once, with one load's values, and never a 500 (a deadlock between them is a
     * 409 CONCURRENT_WRITE to retry).
     */
    @Test
    void twoLoadsOfOneNewReportAtOnceLeaveEachKeyOnce() throws Exception {
        String p = UploadFixtures.program();
        long report = report(LocalDate.of(2024, 6, 30));
        String token = UploadFixtures.admin("direct-race");
        StringBuilder x = new StringBuilder(HEADER).append('\n');
        StringBuilder y = new StringBuilder(HEADER).append(",report\n");
        for (int i = 1; i <= 3000; i++) {
            String key = line(p, i % 2 == 0 ? "109" : "03391", 2023, "ASSIGNED", "Đơn vị " + i, "%d");
            if (i <= 2000) {
                x.append(key.formatted(i * 10 + 1)).append('\n');
            }
            if (i > 1000) {
                y.append(key.formatted(i * 10 + 2)).append(',').append(report).append('\n');
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> fx = pool.submit(() ->
                    Upload.csv(FUNDING, x.toString()).report(report).as(token).post());
            Future<Response> fy = pool.submit(
                    () -> Upload.csv(FUNDING, y.toString()).as(token).post());
            Response rx = fx.get(300, TimeUnit.SECONDS);
            Response ry = fy.get(300, TimeUnit.SECONDS);
            for (Response r : List.of(rx, ry)) {
                assertTrue(Set.of(200, 409).contains(r.statusCode()), r.asString());
                if (r.statusCode() == 409) {
                    assertEquals("CONCURRENT_WRITE", r.jsonPath().getString("code"), r.asString());
                }
            }
            long keys = count("select count(*) from funding_line where report_id = " + report);
            assertEquals(
                    keys,
                    count("select count(distinct implementing_body) from funding_line where report_id = " + report),
                    "a key twice");
            if (rx.statusCode() == 200 && ry.statusCode() == 200) {
                assertEquals(3000L, keys);
                assertEquals(
                        List.of(3000L, 1000L),
                        List.of(
                                rx.jsonPath().getLong("inserted")
                                        + ry.jsonPath().getLong("inserted"),
                                rx.jsonPath().getLong("updated") + ry.jsonPath().getLong("updated")));
            } else {
                assertEquals(2000L, keys, "the refused load wrote nothing: " + rx.asString() + ry.asString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonPath ok(Upload u, String token) {
        var r = u.as(token).post();
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    private static Map<String, List<Object>> rowsByRule(JsonPath report) {
        Map<String, List<Object>> m = new TreeMap<>();
        for (Map<String, Object> w : report.<Map<String, Object>>getList("warnings")) {
            m.put((String) w.get("code"), List.copyOf((List<?>) w.get("rows")));
        }
        return m;
    }

    /** A report of unit 109 (through the API). */
    private static long report(LocalDate issued) {
        return FindingFixtures.report("109", issued);
    }

    private Map<String, Boolean> current(String sql, String code) throws SQLException {
        Map<String, Boolean> m = new TreeMap<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getBoolean(2));
                }
            }
        }
        return m;
    }

    private long count(String sql) throws SQLException {
        return FindingFixtures.count(ds, sql);
    }
}
