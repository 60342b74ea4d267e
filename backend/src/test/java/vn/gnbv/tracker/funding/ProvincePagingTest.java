package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
        assertEquals(laiChau, walk("report=" + r + "&unit=12&asOf=2023-12-31"));
        assertEquals(phongTho, walk("report=" + r + "&unit=109&asOf=2023-12-31"));
        assertEquals(laiChau.size(), csvRows("report=" + r + "&unit=12&asOf=2023-12-31&limit=2"));
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

    /** The ids of every page, two lines a page, following the cursors. */
    private static List<Long> walk(String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Api.given()
                    .get(PATH + "?" + query + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    /** The data rows of every CSV page, following the Link headers' cursors. */
    private static int csvRows(String query) {
        int rows = 0;
        String url = PATH + "?" + query;
        while (url != null) {
            var res = Api.given()
                    .accept("text/csv")
                    .get(url)
                    .then()
                    .statusCode(200)
                    .extract();
            rows += res.asString().split("\r\n").length - 1;
            String link = res.header("Link");
            url = link == null ? null : link.replaceAll("^<([^>]+)>.*$", "$1").replaceFirst("^https?://[^/]+", "");
        }
        return rows;
    }
}
