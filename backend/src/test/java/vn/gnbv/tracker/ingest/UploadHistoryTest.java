package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a bulk change leaves in the typed history tables (V075): the exact before-image of every row it replaced or
 * deleted, under the upload's one event; nothing when the upload rolls back; and nothing can change them afterwards.
 */
@QuarkusTest
class UploadHistoryTest {
    @Inject
    DataSource ds;

    private long report(String unit) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, date '2024-12-15', 'Báo cáo', 'ANNUAL_REPORT' from admin_unit"
                        + " where code = ? and valid_from <= date '2024-12-15'"
                        + " and (valid_to is null or valid_to >= date '2024-12-15') returning id")) {
            ps.setString(1, UploadFixtures.unique("BC") + "/BC-UBND");
            ps.setString(2, unit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The rows one statement answers, each column as text. */
    private List<List<String>> rows(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** The stored row as it is now: every column but the derived ones (`current`, `province_id`), as jsonb text. */
    private String image(String table, long id) throws SQLException {
        return rows("select (to_jsonb(t) - 'current' - 'province_id')::text from " + table + " t where id = ?", id)
                .get(0)
                .get(0);
    }

    /** The history of a row: operation, the upload event's job id, the image (jsonb text), oldest first. */
    private List<List<String>> history(String table, long id) throws SQLException {
        return rows(
                "select case when h.deleted then 'DELETE' else 'UPDATE' end, e.resource_id,"
                        + " (to_jsonb(h) - 'audit_id' - 'event_id' - 'deleted')::text from "
                        + table + " h join audit_event e on e.id = h.event_id and e.operation = 'UPLOAD'"
                        + " where h.id = ? order by h.audit_id",
                id);
    }

    @Test
    void anUploadKeepsTheExactBeforeImageOfWhatItReplacesAndDeletes() throws Exception {
        String p = UploadFixtures.program();
        long r = report("109");
        String token = UploadFixtures.admin("upl-hist");
        String header = HEADER + ",locator";
        Upload.csv(
                        FUNDING,
                        csv(
                                header,
                                line(p, "109", 2023, "ASSIGNED", "A", "100") + ",Mục 1",
                                line(p, "109", 2023, "ASSIGNED", "B", "200") + ",Mục 2",
                                line(p, "109", 2023, "ASSIGNED", "C", "300") + ",Mục 3"))
                .as(token)
                .mode("replace")
                .report(r)
                .post()
                .then()
                .statusCode(200);
        long a = num(lineByBody(p, "A").get("id"));
        long b = num(lineByBody(p, "B").get("id"));
        long c = num(lineByBody(p, "C").get("id"));
        String aBefore = image("funding_line", a);
        String cBefore = image("funding_line", c);
        assertEquals(List.of(), history("funding_line_history", a), "a created row has no history yet");

        String job = Upload.csv(
                        FUNDING,
                        csv(
                                header,
                                line(p, "109", 2023, "ASSIGNED", "A", "150") + ",Mục 1a",
                                line(p, "109", 2023, "ASSIGNED", "B", "200") + ",Mục 2"))
                .as(token)
                .mode("replace")
                .report(r)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("jobId");
        assertEquals(List.of(List.of("UPDATE", job, aBefore)), history("funding_line_history", a));
        assertEquals(List.of(), history("funding_line_history", b), "an unchanged row leaves no history");
        assertEquals(List.of(List.of("DELETE", job, cBefore)), history("funding_line_history", c));
        assertEquals(
                List.of(List.of("150", "Mục 1a", "1")),
                rows("select amount_vnd, locator, version from funding_line where id = ?", a));
    }

    @Test
    void indicatorValuesKeepTheirBeforeImageToo() throws Exception {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,1132,"))
                .post()
                .then()
                .statusCode(200);
        long id = num(UploadFixtures.values(hh).get(0).get("id"));
        String before = image("indicator_value", id);
        String job = Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,1133,sửa"))
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("jobId");
        assertEquals(List.of(List.of("UPDATE", job, before)), history("indicator_value_history", id));
    }

    @Test
    void anUploadThatRollsBackLeavesNoHistory() throws Exception {
        String p = UploadFixtures.program();
        String user = UploadFixtures.user("upl-hist-rb");
        String token = UploadFixtures.token(user, "ADMIN");
        Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "100")))
                .as(token)
                .post()
                .then()
                .statusCode(200);
        long a = num(lineByBody(p, "A").get("id"));
        String before = image("funding_line", a);
        // The job's record that its figures are written (or its success, where findings run in the transaction) is
        // the last write of the figures' transaction, after the merge and its history: refusing it rolls the whole
        // upload back.
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("create function test_refuse_success() returns trigger language plpgsql as $$ begin"
                    + " if (new.state = 'SUCCEEDED' or new.figures_committed) and new.owner_username = '" + user
                    + "' then"
                    + " raise exception 'refused by the test'; end if; return new; end $$");
            st.execute("create trigger test_refuse_success before update on upload_job for each row"
                    + " execute function test_refuse_success()");
        }
        JsonPath done;
        try {
            String id = Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "150")))
                    .as(token)
                    .jobId();
            done = UploadFixtures.awaitJob(token, id, false);
        } finally {
            try (Connection c = ds.getConnection();
                    Statement st = c.createStatement()) {
                st.execute("drop trigger test_refuse_success on upload_job");
                st.execute("drop function test_refuse_success()");
            }
        }
        assertEquals("FAILED", done.getString("state"), done.prettify());
        assertEquals(before, image("funding_line", a), "the row as it was");
        assertEquals(
                List.of(List.of("0")),
                rows("select count(*) from funding_line_history where id = ?", a),
                "no history of the rolled-back change");
        assertEquals(1, UploadFixtures.auditCount(user), "only the first upload's event");
    }

    @Test
    void historyRowsCannotBeChangedDeletedOrTruncated() throws Exception {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,1,"))
                .post()
                .then()
                .statusCode(200);
        Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,2,"))
                .post()
                .then()
                .statusCode(200);
        long id = num(UploadFixtures.values(hh).get(0).get("id"));
        for (String table : List.of("funding_line_history", "indicator_value_history")) {
            for (String sql : List.of(
                    "update " + table + " set note = 'changed' where id = " + id,
                    "delete from " + table + " where id = " + id,
                    "delete from " + table + " where false",
                    "truncate " + table)) {
                try (Connection c = ds.getConnection();
                        Statement st = c.createStatement()) {
                    SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                    assertTrue(e.getMessage().contains("append-only"), e.getMessage());
                    assertEquals("42501", e.getSQLState(), sql);
                }
            }
        }
        assertEquals(
                List.of(List.of("1", "1")),
                rows("select count(*), min(value) from indicator_value_history where id = ?", id),
                "the history row is still there, unchanged");
    }
}
