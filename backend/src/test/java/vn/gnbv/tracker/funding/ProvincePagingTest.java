package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.PullWalk;

/**
 * A pull of one province's lines pages through that province's rows (V100's province_id, ProvincePaging): every
 * line of the province once, in id order, none of another province's, whichever way the line was written.
 */
@QuarkusTest
class ProvincePagingTest {
    private static final String PATH = "/api/v1/funding-lines";

    @Inject
    DataSource ds;

    @Test
    void oneProvincesPullWalksItsOwnLinesInIdOrderAcrossPages() throws Exception {
        long r = FundingFixtures.report(ds, "12", LocalDate.of(2023, 12, 20));
        // Lai Châu (12: its district 109 and commune 03391) interleaved with Bắc Kạn (06 and its ward 01834).
        String[] units = {"109", "06", "03391", "01834", "12", "06", "109", "01834", "03391"};
        List<Long> laiChau = new ArrayList<>();
        List<Long> phongTho = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            long id = FundingFixtures.create(with(line("DA2", units[i], 2023, "ASSIGNED", 1_000L + i), "reportId", r));
            if (!units[i].equals("06") && !units[i].equals("01834")) {
                laiChau.add(id);
            }
            if (units[i].equals("109") || units[i].equals("03391")) {
                phongTho.add(id);
            }
        }
        // And two through an upload (the staged rows name their province).
        String csv = "program,component,unit,year,source,capital_type,measure,amount_vnd,implementing_body\r\n"
                + FundingFixtures.PROGRAM + ",DA2,110,2023,CENTRAL,RECURRENT,ASSIGNED,7,Uploaded A\r\n"
                + FundingFixtures.PROGRAM + ",DA2,06,2023,CENTRAL,RECURRENT,ASSIGNED,8,Uploaded B\r\n";
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(csv)
                .post("/api/v1/uploads/funding-lines?report=" + r)
                .then()
                .statusCode(200);
        laiChau.add(idOf(r, "Uploaded A"));
        assertEquals(laiChau, PullWalk.ids(Api::given, PATH, "report=" + r + "&unit=12&asOf=2023-12-31"));
        assertEquals(phongTho, PullWalk.ids(Api::given, PATH, "report=" + r + "&unit=109&asOf=2023-12-31"));
        assertEquals(laiChau.size(), PullWalk.csvRows(Api::given, PATH, "report=" + r + "&unit=12&asOf=2023-12-31"));
        // The province each line carries is its unit's, however it was written (single writes and an upload).
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from funding_line f join admin_unit u on"
                                + " u.id = f.unit_id where f.report_id = ? and f.province_id = split_part(u.path, '/', 2)::bigint")) {
            ps.setLong(1, r);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(units.length + 2, rs.getInt(1));
            }
        }
    }

    private long idOf(long report, String body) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select id from funding_line where report_id = ? and implementing_body = ?")) {
            ps.setLong(1, report);
            ps.setString(2, body);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
