package vn.gnbv.tracker;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Walks a pull to its end, following its cursors: the ids of its JSON pages, the rows of its CSV pages. */
public final class PullWalk {
    private PullWalk() {}

    /** The ids of every JSON page of {@code path?query}, two rows a page. */
    public static List<Long> ids(Supplier<RequestSpecification> as, String path, String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = as.get()
                    .get(path + "?" + query + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    /** The data rows of every CSV page of {@code path?query}, two rows a page, following the Link headers. */
    public static int csvRows(Supplier<RequestSpecification> as, String path, String query) {
        int rows = 0;
        String url = path + "?" + query + "&limit=2";
        while (url != null) {
            var res =
                    as.get().accept("text/csv").get(url).then().statusCode(200).extract();
            rows += res.asString().split("\r\n").length - 1;
            String link = res.header("Link");
            url = link == null ? null : link.replaceAll("^<([^>]+)>.*$", "$1").replaceFirst("^https?://[^/]+", "");
        }
        return rows;
    }
}
