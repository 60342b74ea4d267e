package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.SyncRetention;

/**
 * The change logs' retention (V096, issue 12): changes before the horizon are deleted, tombstones included, and a sync
 * token from before it is refused with 410 SYNC_TOKEN_EXPIRED on both pulls, while a token from after it still lists
 * what changed since. Time is simulated by a mark dated past the retention window.
 */
@QuarkusTest
class SyncRetentionTest {
    @Inject
    DataSource ds;

    @Inject
    SyncRetention retention;

    private long scalar(String sql) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A mark dated {@code days} ago, at this transaction's own id: every write committed before is below it (the job
     * marks the snapshot's xmin, which a long transaction elsewhere could hold back; the test needs a sure position).
     */
    private void markDaysAgo(int days) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into change_log_mark"
                        + " values (now() - make_interval(days => ?), pg_current_xact_id())")) {
            ps.setInt(1, days);
            ps.executeUpdate();
        }
    }

    @Test
    void changesBeforeTheHorizonAreForgottenAndTheirTokensRefused() throws Exception {
        long r = FundingFixtures.report(ds, "109", LocalDate.of(2023, 12, 20));
        long first = FundingFixtures.create(with(line("DA2", "109", 2023, "ASSIGNED", 1L), "reportId", r));
        String oldToken = Api.given().get(FundingPullTest.PATH + "?report=" + r).header("Sync-Token");
        long second = FundingFixtures.create(with(line("DA2", "109", 2023, "DISBURSED", 2L), "reportId", r));
        // The first line's change lies before a mark now dated 91 days ago; the purge makes that mark the horizon.
        markDaysAgo(91);
        long third = FundingFixtures.create(with(line("DA2", "109", 2023, "RETURNED", 3L), "reportId", r));
        String newToken = Api.given().get(FundingPullTest.PATH + "?report=" + r).header("Sync-Token");
        long fourth = FundingFixtures.create(with(line("DA2", "109", 2023, "CARRIED_IN", 4L), "reportId", r));

        assertTrue(retention.purge() > 0, "the changes before the horizon are deleted");
        assertEquals(
                0, scalar("select count(*) from funding_line_change where row_id in (" + first + ", " + second + ")"));
        assertEquals(1, scalar("select count(*) from funding_line_change where row_id = " + third));
        assertEquals(
                0,
                scalar("select count(*) from change_log_mark where marked_at < now() - interval '90 days'"
                        + " and position < (select horizon from change_log_horizon)"));
        assertEquals(1, scalar("select count(*) from funding_line_change where row_id = " + fourth));

        for (String path : List.of(FundingPullTest.PATH, "/api/v1/indicator-values")) {
            Api.given()
                    .get(path + "?since=" + oldToken)
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("code", is("SYNC_TOKEN_EXPIRED"))
                    .body("errors[0].field", is("since"));
        }
        var changes = Api.given()
                .get(FundingPullTest.PATH + "?report=" + r + "&since=" + newToken)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Long> ids = changes.getList("items.id", Long.class);
        assertTrue(ids.contains(fourth), "a change after the token is listed: " + ids);
        assertTrue(!ids.contains(first), "a change before the token is not: " + ids);
        assertTrue(!ids.contains(third), "nor one between the horizon and the token: " + ids);
        // A second purge finds no newer mark past the window: the horizon stays, nothing more is deleted.
        assertEquals(0, retention.purge());
    }
}
