package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.PullWalk;
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
        assertEquals(before, PullWalk.ids(Api::given, PATH, "indicator=" + code + "&unit=12&asOf=2023-12-31"));
        assertEquals(all, PullWalk.ids(() -> Api.as(LAI_CHAU_MANAGER), PATH, "indicator=" + code));
        assertEquals(all.size(), PullWalk.csvRows(() -> Api.as(LAI_CHAU_MANAGER), PATH, "indicator=" + code));
    }
}
