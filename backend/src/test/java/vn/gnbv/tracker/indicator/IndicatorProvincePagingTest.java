package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/**
 * Indicator values of one province, paged through its rows (V100, ProvincePaging): by a unit filter (one province)
 * and by a provincial manager's scope, which holds Lai Châu before and after the 2025 reform (two provinces, read
 * one by one and merged by id). Every value of the province once, in id order, none of Bắc Kạn's.
 */
@QuarkusTest
class IndicatorProvincePagingTest {
    private static final String PATH = "/api/v1/indicator-values";
    private static final String LAI_CHAU_MANAGER = TestTokens.of("laichau.manager", Roles.PROVINCE_MANAGER, "12");

    @Test
    void aProvincesValuesComeOnceInIdOrderByFilterAndByScope() {
        String code = Fixtures.sum("PROV", "HOUSEHOLD");
        // Lai Châu (its district 109, commune 03391, the province before and after the reform) among Bắc Kạn's (06).
        String[][] values = {
            {"109", "2023"},
            {"06", "2023"},
            {"03391", "2023"},
            {"06", "2024"},
            {"12", "2023"},
            {"109", "2024"},
            {"12", "2026"},
            {"06", "2022"}
        };
        List<Long> before = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (String[] v : values) {
            long id = Fixtures.value(code, v[0], v[1], "5");
            if (!v[0].equals("06")) {
                all.add(id);
                if (!v[1].equals("2026")) {
                    before.add(id);
                }
            }
        }
        assertEquals(before, walk(Api::given, "indicator=" + code + "&unit=12&asOf=2023-12-31"));
        assertEquals(all, walk(() -> Api.as(LAI_CHAU_MANAGER), "indicator=" + code));
        int rows = 0;
        String url = PATH + "?indicator=" + code + "&limit=2";
        while (url != null) {
            var res = Api.as(LAI_CHAU_MANAGER)
                    .accept("text/csv")
                    .get(url)
                    .then()
                    .statusCode(200)
                    .extract();
            rows += res.asString().split("\r\n").length - 1;
            String link = res.header("Link");
            url = link == null ? null : link.replaceAll("^<([^>]+)>.*$", "$1").replaceFirst("^https?://[^/]+", "");
        }
        assertEquals(all.size(), rows);
    }

    /** The ids of every page, two values a page, following the cursors. */
    private static List<Long> walk(Supplier<RequestSpecification> as, String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = as.get()
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
}
