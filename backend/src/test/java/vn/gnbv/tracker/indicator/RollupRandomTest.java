package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Roll-ups against a brute-force computation over random data (issue 12). A SUM indicator gets random values at random
 * communes, districts and provinces of two provinces (Lai Châu and Hà Nội, two random districts each, with all their
 * communes); a RATIO's numerator and denominator random pairs at random communes, and the ratio itself random
 * "reported" rates at districts and provinces (shown, never used). Every district, both provinces and the nation,
 * and the drill-downs of the nation and of each province, are then checked against a plain recursive sum over the same
 * tree read from admin_unit: a unit's own value beats its children's (reported vs computed), a ratio is Σnum / Σden.
 * The reform's mapping is checked case by case (RollupResourceTest, NationRollupTest, ReformChainTest).
 */
@QuarkusTest
class RollupRandomTest {
    private static final String BASE = "/api/v1/indicator-rollups";
    private static final String PERIOD = "2024";
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    @Inject
    DataSource ds;

    /** A unit and its children in the test's tree (only the chosen districts under a province). */
    record Node(String code, List<Node> children) {}

    /** What the roll-up of a unit must say: its value, its children's sum, how many units' own values count. */
    record Expect(Long value, Long children, int contributing) {}

    /** The test's indicators: a SUM, and a RATIO of two others. */
    record Codes(String sum, String num, String den, String rate) {}

    @Test
    void sumsAndRatiosMatchARecursiveSumOverRandomValues() throws Exception {
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        String why = "random seed " + seed;
        List<Node> provinces = List.of(tree("12", rnd), tree("01", rnd));
        String num = Fixtures.sum("RND_NUM", "HOUSEHOLD");
        String den = Fixtures.sum("RND_DEN", "HOUSEHOLD");
        Codes codes = new Codes(Fixtures.sum("RND", "HOUSEHOLD"), num, den, Fixtures.ratio(num, den));
        Map<String, Long> own = new HashMap<>();
        Map<String, long[]> pairs = new HashMap<>();
        for (Node p : provinces) {
            state(p, 0, rnd, codes, own, pairs);
        }

        Node nation = new Node("VN", provinces);
        List<Node> checked = new ArrayList<>(List.of(nation));
        for (Node p : provinces) {
            checked.add(p);
            checked.addAll(p.children());
        }
        for (Node u : checked) {
            JsonPath r = rollup(codes.sum(), u.code(), "");
            Expect e = expect(u, own);
            assertEquals(text(e.value()), r.getString("value"), u.code() + ": value; " + why);
            assertEquals(text(e.children()), r.getString("childrenValue"), u.code() + ": childrenValue; " + why);
            assertEquals(text(own.get(u.code())), r.getString("reportedValue"), u.code() + ": reported; " + why);
            assertEquals(e.contributing(), r.getInt("contributingUnits"), u.code() + ": contributing; " + why);
            checkRatio(codes.rate(), u, pairs, why);
        }
        for (Node parent : checked.subList(0, 1 + provinces.size())) {
            JsonPath r = rollup(codes.sum(), parent.code(), "/children");
            for (Node child : parent.children()) {
                assertEquals(
                        text(expect(child, own).value()),
                        r.getString("children.find { it.unit.code == '" + child.code() + "' }.value"),
                        parent.code() + " drilled down to " + child.code() + "; " + why);
            }
        }
    }

    private void checkRatio(String rate, Node u, Map<String, long[]> pairs, String why) {
        long n = 0;
        long d = 0;
        int contributing = 0;
        for (String commune : communes(u)) {
            long[] p = pairs.get(commune);
            if (p != null) {
                n += p[0];
                d += p[1];
                contributing++;
            }
        }
        JsonPath r = rollup(rate, u.code(), "");
        assertEquals(contributing, r.getInt("contributingUnits"), u.code() + ": ratio contributing; " + why);
        if (contributing == 0) {
            assertNull(r.getString("value"), u.code() + ": ratio without data; " + why);
            return;
        }
        assertEquals(Long.toString(n), r.getString("numerator"), u.code() + ": numerator; " + why);
        assertEquals(Long.toString(d), r.getString("denominator"), u.code() + ": denominator; " + why);
        BigDecimal expected = BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);
        BigDecimal actual = new BigDecimal(r.getString("value"));
        assertTrue(
                expected.subtract(actual).abs().compareTo(new BigDecimal("0.000001")) <= 0,
                u.code() + ": ratio " + actual + ", expected " + expected + "; " + why);
    }

    /** A unit's own SUM value (if any) and, for communes, the ratio's numerator and denominator, all at random. */
    private static void state(
            Node u, int depth, Random rnd, Codes codes, Map<String, Long> own, Map<String, long[]> pairs) {
        double[] ownChance = {0.2, 0.3, 0.6};
        if (rnd.nextDouble() < ownChance[depth]) {
            long v = rnd.nextInt(1_000_000);
            Fixtures.value(codes.sum(), u.code(), PERIOD, Long.toString(v));
            own.put(u.code(), v);
        }
        if (depth == 2 && rnd.nextDouble() < 0.7) {
            long d = 1 + rnd.nextInt(10_000);
            long n = rnd.nextInt((int) d + 1);
            Fixtures.value(codes.num(), u.code(), PERIOD, Long.toString(n));
            Fixtures.value(codes.den(), u.code(), PERIOD, Long.toString(d));
            pairs.put(u.code(), new long[] {n, d});
        } else if (depth < 2 && rnd.nextDouble() < 0.3) {
            // What a district's or province's report printed: shown as reported, never used.
            Fixtures.value(codes.rate(), u.code(), PERIOD, rnd.nextInt(100) + ".5");
        }
        for (Node child : u.children()) {
            state(child, depth + 1, rnd, codes, own, pairs);
        }
    }

    /** The brute force: own value if stated, else the sum of the children that have a value. */
    private static Expect expect(Node u, Map<String, Long> own) {
        Long children = null;
        int contributing = 0;
        for (Node c : u.children()) {
            Expect e = expect(c, own);
            if (e.value() != null) {
                children = (children == null ? 0 : children) + e.value();
                contributing += e.contributing();
            }
        }
        Long mine = own.get(u.code());
        return mine != null ? new Expect(mine, children, 1) : new Expect(children, children, contributing);
    }

    private static List<String> communes(Node u) {
        if (u.children().isEmpty()) {
            return List.of(u.code());
        }
        List<String> out = new ArrayList<>();
        u.children().forEach(c -> out.addAll(communes(c)));
        return out;
    }

    private static String text(Long v) {
        return v == null ? null : Long.toString(v);
    }

    /** The province, two of its districts valid at AS_OF chosen at random, and all their communes. */
    private Node tree(String province, Random rnd) throws Exception {
        List<String> districts = children(province, "PROVINCE");
        Collections.shuffle(districts, rnd);
        List<Node> chosen = new ArrayList<>();
        for (String d : districts.subList(0, 2)) {
            List<Node> communes = new ArrayList<>();
            for (String c : children(d, "DISTRICT")) {
                communes.add(new Node(c, List.of()));
            }
            chosen.add(new Node(d, communes));
        }
        return new Node(province, chosen);
    }

    /** The codes of the units valid at AS_OF whose parent is the unit of this code and level. */
    private List<String> children(String code, String level) throws Exception {
        String sql = "select c.code from admin_unit c join admin_unit p on p.id = c.parent_id"
                + " where p.code = ? and p.level = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)"
                + " and c.valid_from <= ? and (c.valid_to is null or c.valid_to > ?) order by c.code";
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setString(2, level);
            for (int i = 3; i <= 6; i++) {
                ps.setDate(i, Date.valueOf(AS_OF));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        assertTrue(out.size() >= 2 || "DISTRICT".equals(level), "units under " + code);
        return out;
    }

    private static JsonPath rollup(String indicator, String unit, String path) {
        return Api.given()
                .queryParams(Map.of("indicator", indicator, "unit", unit, "period", PERIOD))
                .get(BASE + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
