package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Which figure of a key counts (`current`, V071) after uploads: an upload whose keys have no rival leaves the column
 * to its default and skips the triggers' ranking; one with rivals in the batch or in the table has them rank. Read
 * from the column itself, so a key counted twice or not at all shows.
 */
@QuarkusTest
class UploadCurrentTest {
    @Inject
    DataSource ds;

    private long report(LocalDate issued) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, ?, 'Báo cáo', 'ANNUAL_REPORT' from admin_unit where code = '109'"
                        + " and valid_from <= ? and (valid_to is null or valid_to >= ?) returning id")) {
            ps.setString(1, UploadFixtures.unique("BC") + "/BC-UBND");
            ps.setObject(2, issued);
            ps.setObject(3, issued);
            ps.setObject(4, issued);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** "body amount r<report or direct>" → current, for every line of the program. */
    private Map<String, Boolean> current(String program) throws Exception {
        return rows(
                "select f.implementing_body || ' ' || f.amount_vnd || ' ' || coalesce('r' || f.report_id, 'direct'),"
                        + " f.current from funding_line f join program p on p.id = f.program_id where p.code = ?",
                program);
    }

    private Map<String, Boolean> rows(String sql, String param) throws Exception {
        Map<String, Boolean> m = new TreeMap<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getBoolean(2));
                }
            }
        }
        return m;
    }

    private static long ok(Upload u, String counted) {
        return u.post().then().statusCode(200).extract().jsonPath().getLong(counted);
    }

    @Test
    void fundingLinesRankedOnlyWhereAKeyHasRivals() throws Exception {
        String p = UploadFixtures.program();
        long annual = report(LocalDate.of(2023, 12, 20));
        long review = report(LocalDate.of(2024, 8, 1));
        String token = UploadFixtures.admin("upl-current");
        String header = HEADER + ",report";
        // One batch states key A in both reports (rivals within the batch), key B in one.
        String a = line(p, "109", 2023, "ASSIGNED", "A", "%s") + ",%s";
        String b = line(p, "109", 2023, "ASSIGNED", "B", "%s") + ",%s";
        assertEquals(
                3L,
                ok(
                        Upload.csv(
                                        FUNDING,
                                        csv(
                                                header,
                                                a.formatted(90, annual),
                                                a.formatted(100, review),
                                                b.formatted(5, annual)))
                                .as(token),
                        "inserted"));
        assertEquals(Map.of("A 90 r" + annual, false, "A 100 r" + review, true, "B 5 r" + annual, true), current(p));

        // No rival: a new key C and B changed; what counted still counts.
        String c = line(p, "109", 2023, "ASSIGNED", "C", "%s") + ",%s";
        Upload second = Upload.csv(FUNDING, csv(header, b.formatted(6, annual), c.formatted(7, annual)));
        var counts = second.as(token).post().then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1L, 1L), List.of(counts.getLong("inserted"), counts.getLong("updated")));
        assertEquals(
                Map.of(
                        "A 90 r" + annual, false,
                        "A 100 r" + review, true,
                        "B 6 r" + annual, true,
                        "C 7 r" + annual, true),
                current(p));

        // Rivals in the table: the annual report's A changed, then A and C entered directly today (no report), which
        // is the most recent statement of each.
        assertEquals(
                1L, ok(Upload.csv(FUNDING, csv(header, a.formatted(91, annual))).as(token), "updated"));
        assertEquals(false, current(p).get("A 91 r" + annual));
        assertEquals(
                2L,
                ok(
                        Upload.csv(
                                        FUNDING,
                                        csv(
                                                HEADER,
                                                line(p, "109", 2023, "ASSIGNED", "A", "80"),
                                                line(p, "109", 2023, "ASSIGNED", "C", "70")))
                                .as(token),
                        "inserted"));
        assertEquals(
                Map.of(
                        "A 91 r" + annual,
                        false,
                        "A 100 r" + review,
                        false,
                        "A 80 direct",
                        true,
                        "B 6 r" + annual,
                        true,
                        "C 7 r" + annual,
                        false,
                        "C 70 direct",
                        true),
                current(p));
    }

    @Test
    void indicatorValuesOfOneKeyInTwoReportsOfOneBatch() throws Exception {
        String indicator = UploadFixtures.indicator("HOUSEHOLD");
        long annual = report(LocalDate.of(2023, 12, 20));
        long review = report(LocalDate.of(2024, 8, 1));
        String token = UploadFixtures.admin("upl-curval");
        String row = indicator + ",%s,2023,ACTUAL,%s,,%s";
        assertEquals(
                3L,
                ok(
                        Upload.csv(
                                        VALUES,
                                        csv(
                                                VALUE_HEADER + ",report",
                                                row.formatted("109", 10, review),
                                                row.formatted("109", 12, annual),
                                                row.formatted("110", 20, annual)))
                                .as(token),
                        "inserted"));
        assertEquals(
                Map.of("109 10 r" + review, true, "109 12 r" + annual, false, "110 20 r" + annual, true),
                rows(
                        "select u.code || ' ' || v.value || ' r' || v.report_id, v.current from indicator_value v"
                                + " join indicator i on i.id = v.indicator_id join admin_unit u on u.id = v.unit_id"
                                + " where i.code = ?",
                        indicator));
        List<Map<String, Object>> counted = UploadFixtures.values(indicator);
        assertEquals(2, counted.size(), "one value per key counts");
    }

    /**
     * A batch stated in one report with nothing else wrong checks repeated keys only when the merge meets them: two
     * rows of one new key (the unique index refuses the merge) or of one stored key (one stored row named twice).
     * Either way the answer is the per-row errors, as from a batch checked beforehand, and nothing is written.
     */
    @Test
    void repeatedKeysOfABatchInOneReportAreStillRowErrors() throws Exception {
        String p = UploadFixtures.program();
        long r = report(LocalDate.of(2024, 12, 16));
        String token = UploadFixtures.admin("upl-curdup");
        String k = line(p, "109", 2023, "ASSIGNED", "K", "%s");
        String other = line(p, "109", 2024, "ASSIGNED", "K", "3");
        String repeated = csv(HEADER, k.formatted(1), other, k.formatted(2));
        UploadFixtures.assertRejected(
                Upload.csv(FUNDING, repeated).as(token).report(r).post(),
                422,
                "UPLOAD_REJECTED",
                "3 * DUPLICATE_KEY_IN_BATCH");
        assertEquals(Map.of(), current(p), "nothing written");

        assertEquals(
                1L,
                ok(Upload.csv(FUNDING, csv(HEADER, k.formatted(1))).as(token).report(r), "inserted"));
        UploadFixtures.assertRejected(
                Upload.csv(FUNDING, repeated).as(token).report(r).post(),
                422,
                "UPLOAD_REJECTED",
                "3 * DUPLICATE_KEY_IN_BATCH");
        assertEquals(Map.of("K 1 r" + r, true), current(p), "nothing written");

        String indicator = UploadFixtures.indicator("HOUSEHOLD");
        String v = indicator + ",109,2023,ACTUAL,%s,";
        UploadFixtures.assertRejected(
                Upload.csv(VALUES, csv(VALUE_HEADER, v.formatted(1), v.formatted(2)))
                        .as(token)
                        .report(r)
                        .post(),
                422,
                "UPLOAD_REJECTED",
                "2 * DUPLICATE_KEY_IN_BATCH");
        assertEquals(List.of(), UploadFixtures.values(indicator));
    }
}
