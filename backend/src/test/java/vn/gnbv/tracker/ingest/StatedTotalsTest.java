package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Stated totals beside their parts: random lines at a district and two of its communes, on the program, a project and
 * its two sub-projects, in two years and for the whole phase; every summary cell checked against the rule computed
 * here by brute force — a line counts unless another line of the cell sits at or above it on every axis.
 */
@QuarkusTest
class StatedTotalsTest {
    private static final String[] UNITS = {"109", "03391", "03490"};
    private static final String[] COMPONENTS = {"", "DA2", "DA2.TDA1", "DA2.TDA2"};
    private static final Integer[] YEARS = {2022, 2023, null};
    private static final String[] MEASURES = {"ASSIGNED", "DISBURSED"};
    private static final Integer[] ORIGINS = {null, 2021};
    private static final Map<String, String> FIELDS = Map.of("ASSIGNED", "assignedVnd", "DISBURSED", "disbursedVnd");
    /** The cell over the whole range of years. */
    private static final Integer RANGE = -1;

    /** unit 0 = the district, 1 and 2 its communes; component 0 = the program, 1 = DA2, 2 and 3 its sub-projects. */
    private record Line(int unit, int comp, Integer year, String measure, Integer origin, long amount) {}

    /** A cell: the unit and component it is rooted at, its year (or {@link #RANGE}), and whether only the unit's own. */
    private record Cell(int unit, int comp, Integer year, boolean own) {}

    private static boolean unitWithin(int u, int root) {
        return root == 0 || u == root;
    }

    private static boolean compWithin(int c, int root) {
        return root == 0 || c == root || (root == 1 && c >= 2);
    }

    private static boolean covers(Line q, Line l) {
        return q != l
                && q.measure().equals(l.measure())
                && Objects.equals(q.origin(), l.origin())
                && unitWithin(l.unit(), q.unit())
                && compWithin(l.comp(), q.comp())
                && (q.year() == null || q.year().equals(l.year()));
    }

    @Test
    void aParentsLineNeverAddsToItsChildrensLines() {
        for (int seed = 1; seed <= 4; seed++) {
            check(new Random(20261203L * seed), seed);
        }
    }

    private static void check(Random random, int seed) {
        String p = UploadFixtures.program(true);
        List<Line> lines = new ArrayList<>();
        StringBuilder csv =
                new StringBuilder("program,component,unit,year,source,capital_type,measure,origin_year,amount_vnd\n");
        for (int u = 0; u < UNITS.length; u++) {
            for (int c = 0; c < COMPONENTS.length; c++) {
                for (Integer y : YEARS) {
                    for (String m : MEASURES) {
                        // Money of another origin year is another key: neither covers nor is covered by these.
                        for (Integer origin : ORIGINS) {
                            if (random.nextInt(5) < (origin == null ? 2 : 1)) {
                                long amount = 1_000_000L * (1 + random.nextInt(9_000));
                                lines.add(new Line(u, c, y, m, origin, amount));
                                csv.append(String.join(
                                                ",",
                                                p,
                                                COMPONENTS[c],
                                                UNITS[u],
                                                y == null ? "" : y.toString(),
                                                "CENTRAL",
                                                "RECURRENT",
                                                m,
                                                origin == null ? "" : origin.toString(),
                                                Long.toString(amount)))
                                        .append('\n');
                            }
                        }
                    }
                }
            }
        }
        Upload.csv(UploadFixtures.FUNDING, csv.toString())
                .as(UploadFixtures.admin("stated"))
                .post()
                .then()
                .statusCode(200);
        String what = "seed " + seed + " ";
        for (boolean own : new boolean[] {false, true}) {
            JsonNode s = get("/api/v1/funding-summary", p, own ? Map.of("scope", "OWN") : Map.of());
            for (Integer y : new Integer[] {2022, 2023, RANGE}) {
                expect(
                        lines,
                        new Cell(0, 0, y, own),
                        find(s.get("totals"), null, y),
                        what + "totals " + y + " own=" + own);
                for (int c = 1; c < COMPONENTS.length; c++) {
                    expect(
                            lines,
                            new Cell(0, c, y, own),
                            find(s.get("rows"), COMPONENTS[c], y),
                            what + COMPONENTS[c] + " " + y + " own=" + own);
                }
            }
        }
        for (int year : new int[] {2022, 2023}) {
            JsonNode d = get("/api/v1/funding-summary/children", p, Map.of("year", year));
            expect(lines, new Cell(0, 0, year, false), d.get("total"), what + "total " + year);
            for (JsonNode child : d.get("children")) {
                for (int u = 1; u < UNITS.length; u++) {
                    if (child.get("unit").get("code").asText().equals(UNITS[u])) {
                        expect(lines, new Cell(u, 0, year, false), child, what + UNITS[u] + " " + year);
                    }
                }
            }
        }
    }

    /** The cell's figures, reported, computed and difference by the rule, against the API's. */
    private static void expect(List<Line> all, Cell cell, JsonNode got, String what) {
        List<Line> region = all.stream()
                .filter(l -> unitWithin(l.unit(), cell.unit()) && (!cell.own() || l.unit() == cell.unit()))
                .filter(l -> compWithin(l.comp(), cell.comp()))
                .filter(l -> cell.year().equals(RANGE) || Objects.equals(l.year(), cell.year()))
                .toList();
        Integer atYear = cell.year().equals(RANGE) ? null : cell.year();
        Predicate<Line> at =
                l -> l.unit() == cell.unit() && l.comp() == cell.comp() && Objects.equals(l.year(), atYear);
        List<Line> atCell = region.stream().filter(at).toList();
        List<Line> below = region.stream().filter(at.negate()).toList();
        for (String m : MEASURES) {
            String f = FIELDS.get(m);
            Long counted = sum(region, region, m, l -> true);
            Long reported = sum(atCell, atCell, m, l -> true);
            Long computed = sum(below, below, m, l -> true);
            Long stated = sum(atCell, atCell, m, q -> below.stream().anyMatch(l -> covers(q, l)));
            Long parts = sum(below, below, m, l -> atCell.stream().anyMatch(q -> covers(q, l)));
            Long difference = stated == null || parts == null ? null : stated - parts;
            if (got == null) {
                assertEquals(null, counted, what + ": no cell, yet lines count");
                continue;
            }
            assertEquals(counted == null ? 0L : counted, got.get(f).asLong(), what + " " + f);
            assertEquals(reported, stated(got, "reported", f), what + " reported " + f);
            assertEquals(computed, stated(got, "computed", f), what + " computed " + f);
            assertEquals(difference, stated(got, "difference", f), what + " difference " + f);
        }
    }

    /** The sum over the lines of {@code set} with measure m that no other line of the set covers and match. */
    private static Long sum(List<Line> set, List<Line> within, String m, Predicate<Line> and) {
        Long total = null;
        for (Line l : set) {
            if (l.measure().equals(m) && within.stream().noneMatch(q -> covers(q, l)) && and.test(l)) {
                total = (total == null ? 0 : total) + l.amount();
            }
        }
        return total;
    }

    private static Long stated(JsonNode cell, String part, String field) {
        JsonNode p = cell.get(part);
        return p == null || p.get(field) == null ? null : p.get(field).asLong();
    }

    private static JsonNode find(JsonNode rows, String component, Integer year) {
        for (JsonNode r : rows) {
            String code = r.has("component") ? r.get("component").get("code").asText() : null;
            Integer y =
                    r.get("fiscalYear").isNull() ? RANGE : r.get("fiscalYear").asInt();
            if (Objects.equals(code, component) && y.equals(year)) {
                return r;
            }
        }
        return null;
    }

    private static JsonNode get(String path, String program, Map<String, Object> extra) {
        Map<String, Object> q = new HashMap<>(Map.of("program", program, "unit", "109", "asOf", "2024-01-01"));
        q.putAll(extra);
        try {
            return new ObjectMapper()
                    .readTree(Api.given()
                            .queryParams(q)
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
