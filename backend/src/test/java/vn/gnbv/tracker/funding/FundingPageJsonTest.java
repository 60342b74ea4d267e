package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.HttpCaching;
import vn.gnbv.tracker.common.PullPage;
import vn.gnbv.tracker.common.SyncToken;

/**
 * A page of funding lines is written straight from the rows (common.JsonPull, FundingLineJson): its bytes must be
 * exactly what Jackson makes of a PullPage of the same lines' FundingLineView (read one by one through Hibernate), nulls,
 * escapes and Vietnamese included, and its ETag the one HttpCaching gives such a body.
 */
@QuarkusTest
class FundingPageJsonTest {
    @Inject
    DataSource ds;

    @Inject
    ObjectMapper mapper;

    @Inject
    FundingLineRepository lines;

    private long report() throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, date '2023-12-20', 'Báo cáo', 'ANNUAL_REPORT' from admin_unit"
                        + " where code = '109' and valid_from <= date '2023-12-20'"
                        + " and (valid_to is null or valid_to >= date '2023-12-20') returning id")) {
            ps.setString(1, UUID.randomUUID() + "/BC-UBND");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Response page(String query) {
        return Api.given().get(FundingPullTest.PATH + "?" + query);
    }

    /** What Jackson writes for these lines as a page. */
    private byte[] expected(List<Long> ids, String next, int limit) throws Exception {
        List<FundingLineView> views = new ArrayList<>();
        for (long id : ids) {
            views.add(
                    QuarkusTransaction.requiringNew().call(() -> lines.view(id)).orElseThrow());
        }
        return mapper.writeValueAsBytes(new PullPage<>(views, null, next, limit, null));
    }

    @Test
    void pagesAreTheBytesJacksonWritesOfTheLinesViews() throws Exception {
        long r = report();
        Map<String, Object> bare = line("DA2", "109", 2023, "ASSIGNED", 1_000L);
        bare.remove("implementingBody");
        bare.remove("reference");
        FundingFixtures.create(with(bare, "reportId", r));
        var quoted = with(line("DA3", "109", 2022, "DISBURSED", 123_456_789_012_345L), "reportId", r);
        quoted.put("note", "Ghi chú \"trích\" \\ dấu gạch\nxuống dòng — Đồng </script> \u0001\t 𝄞 \u2028");
        quoted.put("originYear", 2021);
        FundingFixtures.create(quoted);
        FundingFixtures.create(with(line("DA2", "109", 2024, "ALLOCATED", 0L), "reportId", r));
        // Times a row's text is reused for (JsonPull keeps each column's last): the same second with other
        // microseconds, a line's two times apart, a time repeated from the line before.
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update funding_line set"
                        + " created_at = timestamptz '2024-03-01 02:03:04.5+00' + (id % 3) * interval '1 microsecond',"
                        + " updated_at = timestamptz '2024-03-01 02:03:04.5+00' + (id % 2) * interval '1 day'"
                        + " where report_id = ?")) {
            ps.setLong(1, r);
            assertEquals(3, ps.executeUpdate());
        }

        List<Long> seen = new ArrayList<>();
        String query = "report=" + r + "&limit=2";
        String cursor = null;
        do {
            Response got = page(query + (cursor == null ? "" : "&cursor=" + cursor));
            got.then().statusCode(200);
            var json = got.jsonPath();
            List<Long> ids = json.getList("items.id", Long.class);
            cursor = json.getString("next");
            byte[] want = expected(ids, cursor, 2);
            assertEquals(new String(want, StandardCharsets.UTF_8), got.asString());
            assertArrayEquals(want, got.asByteArray());
            assertEquals(HttpCaching.weakTag(want), got.header("ETag"));
            assertNotNull(got.header("Sync-Token"));
            SyncToken.decode("since", got.header("Sync-Token"));
            seen.addAll(ids);
        } while (cursor != null);
        assertEquals(3, seen.size(), seen.toString());
    }

    @Test
    void anEmptyPageStillCarriesASyncToken() throws Exception {
        long r = report();
        Response got = page("report=" + r + "&limit=5");
        got.then().statusCode(200);
        assertArrayEquals(expected(List.of(), null, 5), got.asByteArray());
        assertTrue(SyncToken.decode("since", got.header("Sync-Token")) > 0);
    }
}
