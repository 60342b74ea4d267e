package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.HttpCaching;
import vn.gnbv.tracker.common.PullPage;
import vn.gnbv.tracker.common.SyncToken;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueView;

/**
 * A page of indicator values is written straight from the rows (common.JsonPull, IndicatorValueJson): its bytes must
 * be exactly what Jackson makes of a PullPage of the same values' ValueView (each read by id), with its dates, exact
 * decimals, nulls and escapes, and its ETag the one HttpCaching gives such a body.
 */
@QuarkusTest
class IndicatorPageJsonTest {
    private static final String PATH = "/api/v1/indicator-values";

    @Inject
    ObjectMapper mapper;

    @Inject
    IndicatorValueRepository values;

    @Test
    void pagesAreTheBytesJacksonWritesOfTheValuesViews() throws Exception {
        String code = Fixtures.sum("PAGEJSON", "KILOGRAM");
        Fixtures.value(code, "109", "2023", "120");
        Map<String, Object> target = Fixtures.valueBody(code, "03433", "2024H1", "7.250");
        target.put("kind", "TARGET");
        target.put("comparator", "GE");
        target.put("note", "Ghi chú \"ước\" \\ xuống\ndòng — Đồng");
        Fixtures.value(target);
        Fixtures.value(code, "109", "2022", "0.125");

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response got = Api.given()
                    .get(PATH + "?indicator=" + code + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            got.then().statusCode(200);
            List<Long> ids = got.jsonPath().getList("items.id", Long.class);
            cursor = got.jsonPath().getString("next");
            List<ValueView> views = new ArrayList<>();
            for (long id : ids) {
                views.add(values.view(id, "true").await().indefinitely().orElseThrow());
            }
            byte[] want = mapper.writeValueAsBytes(new PullPage<>(views, null, cursor, 2, null));
            assertEquals(new String(want, StandardCharsets.UTF_8), got.asString());
            assertArrayEquals(want, got.asByteArray());
            assertEquals(HttpCaching.weakTag(want), got.header("ETag"));
            SyncToken.decode("since", got.header("Sync-Token"));
            seen.addAll(ids);
        } while (cursor != null);
        assertEquals(3, seen.size(), seen.toString());
    }
}
