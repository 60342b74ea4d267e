package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * JSON pages are served from memory while nothing they read changed (common.PageMemo): a repeated page is the same
 * bytes, a write behind the API's back is in the next answer, and the caller's scope is part of what a page is.
 */
@QuarkusTest
class FundingPageMemoTest {
    @Inject
    DataSource ds;

    @Test
    void aRepeatedPageIsTheSameUntilAFigureChangesAndEachScopeHasItsOwn() throws Exception {
        long r = FundingFixtures.report(ds, "12", LocalDate.of(2023, 12, 20));
        long phongTho = FundingFixtures.create(with(line("DA2", "109", 2023, "ASSIGNED", 1_000L), "reportId", r));
        long otherDistrict = FundingFixtures.create(with(line("DA2", "106", 2023, "ASSIGNED", 2_000L), "reportId", r));
        String query = "?report=" + r + "&limit=10";

        Response first = Api.given().get(FundingPullTest.PATH + query);
        first.then().statusCode(200);
        assertEquals(List.of(phongTho, otherDistrict), first.jsonPath().getList("items.id", Long.class));
        Response again = Api.given().get(FundingPullTest.PATH + query);
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.header("Sync-Token"), again.header("Sync-Token"), "the page as it was read");

        // The same query by an officer of Phong Thổ: only its line, not the nation's page.
        String officer = TestTokens.of("memo-officer", "DISTRICT_OFFICER", "109");
        Response scoped = Api.as(officer).get(FundingPullTest.PATH + query);
        scoped.then().statusCode(200);
        assertEquals(List.of(phongTho), scoped.jsonPath().getList("items.id", Long.class));

        // Another API instance (or psql) changes a figure: the next answer reads it.
        sql("update funding_line set amount_vnd = 1001 where id = " + phongTho);
        Response after = Api.given().get(FundingPullTest.PATH + query);
        assertNotEquals(first.header("ETag"), after.header("ETag"));
        assertEquals(1001L, after.jsonPath().getLong("items[0].amountVnd"));
        assertEquals(
                1001L,
                Api.as(officer).get(FundingPullTest.PATH + query).jsonPath().getLong("items[0].amountVnd"));

        // HEAD is not in the contract, but JAX-RS answers it from GET: with GET's validators, without its body.
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.admin())
                .head(FundingPullTest.PATH + query)
                .then()
                .statusCode(200)
                .header("ETag", after.header("ETag"))
                .header("Cache-Control", "private, no-cache");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
