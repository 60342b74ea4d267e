package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The pull contract on funding lines (issue 12): ETag/304, CSV by Accept (round trip through the upload, formula
 * cells, Link paging), changed-since with tombstones, paging under inserts, the clamped limit, gzip, unknown
 * parameters. Each test reads the lines of a report of its own, so others' writes never reach its pages.
 */
@QuarkusTest
class FundingPullTest {
    static final String PATH = "/api/v1/funding-lines";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Inject
    DataSource ds;

    long report(String unit, LocalDate issued) throws Exception {
        return FundingFixtures.report(ds, unit, issued);
    }

    private static long create(long report, String unit, String measure, long amount) {
        return FundingFixtures.create(with(line("DA2", unit, 2023, measure, amount), "reportId", report));
    }

    private static Response get(String query, String... headers) {
        var r = Api.given();
        for (int i = 0; i < headers.length; i += 2) {
            r = r.header(headers[i], headers[i + 1]);
        }
        return r.get(PATH + "?" + query);
    }

    @Test
    void anUnchangedPageIs304AndAChangeMakesIt200() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        long id = create(r, "109", "ASSIGNED", 1_000_000L);
        Response first = get("report=" + r);
        first.then()
                .statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .header("Vary", containsString("Authorization"));
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("W/\""), etag);
        get("report=" + r, "If-None-Match", etag).then().statusCode(304).body(is(""));
        // A change in another province (Bắc Kạn) is outside this answer: the ETag covers the answer's bytes only.
        create(report("06", LocalDate.of(2023, 12, 20)), "06", "ASSIGNED", 5L);
        get("report=" + r, "If-None-Match", etag).then().statusCode(304);
        // A change of one of its lines is not.
        Api.json(with(with(line("DA2", "109", 2023, "ASSIGNED", 2_000_000L), "reportId", r), "implementingBody", null))
                .header("If-Match", FundingFixtures.etag(id))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        Response after = get("report=" + r, "If-None-Match", etag);
        after.then().statusCode(200);
        assertNotEquals(etag, after.header("ETag"));
        // A single line: its version is its ETag, and it answers 304 too.
        String itemTag = FundingFixtures.etag(id);
        Api.given().header("If-None-Match", itemTag).get(PATH + "/" + id).then().statusCode(304);
    }

    @Test
    void aCsvPageIs304UntilOneOfItsLinesChanges() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        long first = create(r, "109", "ASSIGNED", 1_000_000L);
        long second = create(r, "109", "ALLOCATED", 900_000L);
        create(r, "109", "DISBURSED", 800_000L);
        String page = "report=" + r + "&limit=2";
        String etag =
                get(page, "Accept", "text/csv").then().statusCode(200).extract().header("ETag");
        get(page, "Accept", "text/csv", "If-None-Match", etag).then().statusCode(304);
        create(report("06", LocalDate.of(2023, 12, 20)), "06", "ASSIGNED", 5L);
        get(page, "Accept", "text/csv", "If-None-Match", etag).then().statusCode(304);

        // One line's amount: same rows, same last id, a new version.
        Api.json(with(with(line("DA2", "109", 2023, "ASSIGNED", 2_000_000L), "reportId", r), "implementingBody", null))
                .header("If-Match", FundingFixtures.etag(first))
                .put(PATH + "/" + first)
                .then()
                .statusCode(200);
        Response changed = get(page, "Accept", "text/csv", "If-None-Match", etag);
        changed.then().statusCode(200).body(containsString("2000000"));
        String etag2 = changed.header("ETag");
        assertNotEquals(etag, etag2);
        get(page, "Accept", "text/csv", "If-None-Match", etag2).then().statusCode(304);

        // One line deleted: the page now ends one line further on.
        FundingFixtures.delete()
                .header("If-Match", FundingFixtures.etag(second))
                .delete(PATH + "/" + second)
                .then()
                .statusCode(204);
        Response shifted = get(page, "Accept", "text/csv", "If-None-Match", etag2);
        shifted.then().statusCode(200).body(containsString("800000"));
        assertNotEquals(etag2, shifted.header("ETag"));
    }

    @Test
    void aCsvPullUploadsAsAnotherReportToTheSameFiguresFormulaCellsIncluded() throws Exception {
        long source = report("109", LocalDate.of(2023, 12, 20));
        create(source, "109", "ASSIGNED", 2_455_000_000L);
        FundingFixtures.create(with(
                with(
                        with(line("DA2", "109", 2023, "DISBURSED", 1_957_500_000L), "reportId", source),
                        "implementingBody",
                        "=HYPERLINK(\"http://x.example\",\"bấm\") " + UUID.randomUUID()),
                "note",
                "-5 đồng, trả lại; \"nộp\""));
        FundingFixtures.create(with(
                with(line("DA3.TDA1", "03433", 2023, "CARRIED_IN", 7L), "reportId", source), "locator", "@Mục II"));
        // Two CSV pages of two and one rows, the second through the first's Link.
        Response page1 = get("report=" + source + "&limit=2", "Accept", "text/csv");
        page1.then().statusCode(200).contentType(containsString("text/csv")).header("Page-Limit", "2");
        String csv1 = page1.asString();
        assertTrue(csv1.startsWith("program,component,unit,year,source,capital_type,measure,amount_vnd,"), csv1);
        assertTrue(!csv1.contains(",report,"), "a report's pull leaves the report column out: " + csv1);
        Matcher next = NEXT.matcher(page1.header("Link"));
        assertTrue(next.find(), page1.header("Link"));
        Response page2 =
                Api.given().accept("text/csv").urlEncodingEnabled(false).get(next.group(1));
        page2.then().statusCode(200);
        assertNull(page2.header("Link"));
        String csv2 = page2.asString();
        String all = csv1 + csv2.substring(csv2.indexOf("\r\n") + 2);
        assertTrue(all.contains(",\"'=HYPERLINK(\"\"http://x.example"), "formula cell protected and quoted: " + all);
        assertTrue(all.contains("\"'-5 đồng, trả lại; \"\"nộp\"\"\""), all);
        assertTrue(all.contains(",'@Mục II"), all);
        // Uploaded unchanged as another report's figures.
        long copy = report("109", LocalDate.of(2023, 12, 21));
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(all)
                .post("/api/v1/uploads/funding-lines?report=" + copy)
                .then()
                .statusCode(200);
        assertEquals(figures(source), figures(copy));
        assertEquals(3, figures(copy).size());
    }

    /** A report's lines as comparable figures: everything but id, report, version and times. */
    private static Set<Map<String, Object>> figures(long report) {
        List<Map<String, Object>> items = get("report=" + report + "&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Set<Map<String, Object>> out = new HashSet<>();
        for (Map<String, Object> i : items) {
            Map<String, Object> m = new HashMap<>(i);
            for (String k : List.of("id", "reportId", "version", "createdAt", "updatedAt", "current")) {
                m.remove(k);
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void changesSinceATokenHaveInsertsUpdatesAndDeletesReplaceIncluded() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        long kept = create(r, "109", "ASSIGNED", 1L);
        long updated = create(r, "109", "DISBURSED", 2L);
        long deleted = create(r, "109", "CARRIED_IN", 3L);
        long replacedAway = create(r, "03433", "ASSIGNED", 4L);
        Response full = get("report=" + r);
        String token = full.header("Sync-Token");
        assertNotNull(token);
        // Nothing changed yet: no items, no tombstones.
        var none = get("report=" + r + "&since=" + token)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(), none.getList("items"));
        assertEquals(List.of(), none.getList("deleted"));

        long inserted = create(r, "109", "RETURNED", 5L);
        Map<String, Object> body = with(line("DA2", "109", 2023, "DISBURSED", 20L), "reportId", r);
        body.put("implementingBody", null);
        Api.json(body)
                .header("If-Match", FundingFixtures.etag(updated))
                .put(PATH + "/" + updated)
                .then()
                .statusCode(200);
        FundingFixtures.delete()
                .header("If-Match", FundingFixtures.etag(deleted))
                .delete(PATH + "/" + deleted)
                .then()
                .statusCode(204);
        // A replace of the report with a file naming every line of 109 but not the commune's: that one is deleted.
        String csv = get("report=" + r + "&unit=109&year=2023&limit=100", "Accept", "text/csv")
                .asString();
        String withoutCommune = String.join(
                        "\r\n", csv.lines().filter(l -> !l.contains(",03433,")).toList())
                + "\r\n";
        Api.raw()
                .contentType("text/csv; charset=utf-8")
                .body(withoutCommune)
                .post("/api/v1/uploads/funding-lines?mode=replace&report=" + r)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("deleted", is(1));

        var changes = get("report=" + r + "&since=" + token + "&limit=2");
        List<Long> items = new ArrayList<>();
        Map<Long, String> tombstones = new HashMap<>();
        String url = null;
        Response page = changes;
        while (true) {
            var json = page.then().statusCode(200).extract().jsonPath();
            items.addAll(json.getList("items.id", Long.class));
            List<Map<String, Object>> gone = json.getList("deleted");
            gone.forEach(g -> tombstones.put(((Number) g.get("id")).longValue(), (String) g.get("reason")));
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            Matcher m = NEXT.matcher(link);
            assertTrue(m.find());
            url = m.group(1);
            page = Api.given().urlEncodingEnabled(false).get(url);
        }
        assertNotNull(url, "two rows a page: more than one page");
        assertTrue(items.containsAll(List.of(inserted, updated)), items.toString());
        assertTrue(!items.contains(kept) || items.size() > 2, "an unchanged line may come only as a re-send");
        assertEquals(Map.of(deleted, "DELETED", replacedAway, "DELETED"), tombstones);
    }

    @Test
    void aLineReplacedByAMoreRecentReportLeavesTheCountingSet() throws Exception {
        String body = FundingFixtures.uniqueBody();
        long older = report("109", LocalDate.of(2023, 6, 30));
        long id = FundingFixtures.create(
                with(with(line("DA2", "109", 2023, "ASSIGNED", 1L), "reportId", older), "implementingBody", body));
        String token = get("unit=109&year=2023&limit=1").header("Sync-Token");
        long newer = report("109", LocalDate.of(2023, 12, 31));
        long restated = FundingFixtures.create(
                with(with(line("DA2", "109", 2023, "ASSIGNED", 2L), "reportId", newer), "implementingBody", body));
        List<Long> items = new ArrayList<>();
        Map<Long, String> gone = new HashMap<>();
        String query = "unit=109&year=2023&limit=10000&since=" + token;
        var json = get(query).then().statusCode(200).extract().jsonPath();
        assertNull(json.getString("next"));
        items.addAll(json.getList("items.id", Long.class));
        json.getList("deleted", Map.class)
                .forEach(g -> gone.put(((Number) g.get("id")).longValue(), (String) g.get("reason")));
        assertTrue(items.contains(restated), items.toString());
        assertEquals("NOT_CURRENT", gone.get(id));
    }

    @Test
    void pagesStayStableWhileLinesAreInserted() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        List<Long> before = new ArrayList<>();
        for (String m : List.of("ASSIGNED", "DISBURSED", "CARRIED_IN", "CARRIED_OUT", "RETURNED")) {
            before.add(create(r, "109", m, 1L));
        }
        List<Long> seen = new ArrayList<>();
        var page =
                get("report=" + r + "&limit=2").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.id", Long.class));
        create(r, "03433", "ASSIGNED", 9L);
        String next = page.getString("next");
        while (next != null) {
            page = get("report=" + r + "&limit=2&cursor=" + next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            create(r, "03433", "ALLOCATED", 9L + seen.size());
            next = page.getString("next");
        }
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no line twice: " + seen);
        assertTrue(seen.containsAll(before), seen.toString());
    }

    @Test
    void aLimitAboveTheMaximumIsClampedAndSaidSo() {
        get("unit=109&year=2023&limit=20000")
                .then()
                .statusCode(200)
                .header("Page-Limit", "10000")
                .body("limit", is(10000));
        get("unit=109&year=2023&limit=20000", "Accept", "text/csv")
                .then()
                .statusCode(200)
                .header("Page-Limit", "10000");
        Api.raw().get(PATH + "?unit=109&year=2023&limit=0").then().statusCode(400);
    }

    @Test
    void jsonAndCsvAreGzippedWhenAskedButNotAFewBytes() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        long one = create(r, "109", "ASSIGNED", 1L);
        for (String measure : List.of("ALLOCATED", "DISBURSED", "CARRIED_OUT", "RETURNED")) {
            create(r, "109", measure, 1L);
        }
        for (String accept : List.of("application/json", "text/csv")) {
            Response z = get("report=" + r, "Accept", accept, "Accept-Encoding", "gzip");
            z.then().statusCode(200).header("Content-Encoding", "gzip");
            // RestAssured inflates it: the body is whole.
            assertTrue(z.asString().contains("DA2"), z.asString());
        }
        // One line by id is a few hundred bytes: sent as it is, without a Content-Encoding header.
        Response byId = Api.given().header("Accept-Encoding", "gzip").get(PATH + "/" + one);
        byId.then().statusCode(200).header("Content-Encoding", nullValue());
        assertTrue(byId.asByteArray().length < vn.gnbv.tracker.common.HttpCaching.COMPRESS_FROM, byId.asString());
    }

    @Test
    void unknownParametersAndChangesAsCsvAreRefused() {
        Api.raw()
                .get(PATH + "?unit=109&updatedSince=2024-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is("updatedSince"))
                .body("errors[0].code", is("UNKNOWN_PARAMETER"));
        String token = get("unit=109&year=2023&limit=1").header("Sync-Token");
        get("unit=109&year=2023&since=" + token, "Accept", "text/csv")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("since"));
        get("unit=109&year=2023&since=bm90LWEtdG9rZW4")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("INVALID_CURSOR"));
    }
}
