package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.funding.FundingLineRepository.Region;
import vn.gnbv.tracker.funding.FundingSummary.ComponentLevel;
import vn.gnbv.tracker.funding.FundingSummaryService.SummaryQuery;

/**
 * The national summary and the nation's drill-down into its provinces read from the maintained cells (V097) against
 * the live queries over the lines, after every
 * kind of write, on random lines stated at every level of two provinces (so lines cover lines within each, and the
 * nation sums both) by three reports (so keys have rivals and {@code current} flips): inserts, amount updates, moves
 * to another year, deletes, a report re-stated, a report's new date, a report deleted (each followed, in its
 * transaction, by the findings' recomputation of the provinces, as the services do), and a sub-project moved to
 * another project through the component service (its event recomputes them).
 */
@QuarkusTest
class FundingNodeTotalsTest {
    @Inject
    DataSource ds;

    @Inject
    FundingLineRepository lines;

    @Inject
    FindingRefresh findings;

    @Inject
    FundingNodeCells cells;

    @Inject
    vn.gnbv.tracker.program.ComponentService components;

    private final Random rng = new Random(12);
    private final List<Long> units = new ArrayList<>();
    private final Set<Long> provinces = new LinkedHashSet<>();
    private final List<Long> reports = new ArrayList<>();
    private long program;
    private String programCode;

    @Test
    void theNationalSummaryFromKeptCellsEqualsTheLiveOneAfterEveryKindOfWrite() throws SQLException {
        setUp();
        write(insertLines(160));
        check("insert");
        write("update funding_line set amount_vnd = amount_vnd + 1000 where " + ours() + " and id % 3 = 0");
        check("update amounts");
        write("update funding_line f set fiscal_year = 2024 where " + ours("f") + " and f.id % 7 = 0"
                + " and f.fiscal_year = 2023 and not exists (select 1 from funding_line g where g.program_id ="
                + " f.program_id and g.unit_id = f.unit_id and g.fiscal_year = 2024 and"
                + " g.component_id is not distinct from f.component_id and g.source = f.source and"
                + " g.capital_type = f.capital_type and g.measure = f.measure and"
                + " g.report_id is not distinct from f.report_id and g.implementing_body_key is not distinct from"
                + " f.implementing_body_key and g.origin_year is not distinct from f.origin_year)");
        check("move");
        write("delete from funding_line where " + ours() + " and id % 5 = 0");
        check("delete");
        write("delete from funding_line where report_id = " + reports.get(0), insertLines(60));
        check("replace");
        write("update report set issued_on = issued_on + 400 where id = " + reports.get(1));
        check("report date");
        write(
                "delete from funding_line where report_id = " + reports.get(2),
                "delete from report where id = " + reports.get(2));
        check("report deleted");
        // A sub-project moves to another project: the lines on it are covered by other lines now (CDI event).
        QuarkusTransaction.requiringNew()
                .run(() -> components.update(
                        component("DA1.TDA2"),
                        "*",
                        new vn.gnbv.tracker.program.ComponentDto.Input(
                                component("DA2"),
                                vn.gnbv.tracker.program.ProgramComponent.Kind.SUB_PROJECT,
                                "DA2.TDA9",
                                "sub",
                                null,
                                9)));
        check("component moved");
        write("delete from funding_line where " + ours());
        check("all deleted");
    }

    private void setUp() throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            programCode = "NODES-" + System.nanoTime();
            // A program of its own: the live query compared with the kept cells reads only this test's lines.
            program = one(
                    s,
                    "insert into program (code, name_vi, start_year, end_year) values ('" + programCode
                            + "', 'node totals test', 2021, 2025) returning id");
            s.execute("insert into program_component (program_id, code, kind, name_vi, sort_order) values (" + program
                    + ", 'DA1', 'PROJECT', 'DA1', 1), (" + program + ", 'DA2', 'PROJECT', 'DA2', 2)");
            s.execute("insert into program_component (program_id, parent_id, code, kind, name_vi, sort_order) select "
                    + program + ", id, code || v.s, 'SUB_PROJECT', 'sub', v.n from program_component,"
                    + " (values ('.TDA1', 1), ('.TDA2', 2)) v(s, n) where program_id = " + program
                    + " and code = 'DA1'");
            // Two provinces with their first two districts and their first three communes each.
            try (ResultSet r = s.executeQuery("select p.id from admin_unit p where p.level = 'PROVINCE' and exists"
                    + " (select 1 from admin_unit d join admin_unit w on w.parent_id = d.id where d.parent_id = p.id)"
                    + " order by p.id limit 2")) {
                while (r.next()) {
                    provinces.add(r.getLong(1));
                }
            }
            for (long province : provinces) {
                units.add(province);
                List<Long> districts =
                        ids(s, "select id from admin_unit where parent_id = " + province + " order by id limit 2");
                units.addAll(districts);
                for (long district : districts) {
                    units.addAll(
                            ids(s, "select id from admin_unit where parent_id = " + district + " order by id limit 3"));
                }
            }
            long first = provinces.iterator().next();
            for (int i = 0; i < 3; i++) {
                reports.add(one(
                        s,
                        "insert into report (unit_id, program_id, number, issued_on, title, kind) values (" + first
                                + ", " + program + ", 'NODES-" + i + "-" + System.nanoTime() + "', date '2024-01-0"
                                + (i + 1) + "', 'node totals test', 'ANNUAL_REPORT') returning id"));
            }
        }
    }

    private String ours() {
        return ours("funding_line");
    }

    private String ours(String t) {
        return t + ".program_id = " + program;
    }

    private String insertLines(int n) {
        String[] comps = {"null", "'DA1'", "'DA1.TDA1'", "'DA1.TDA2'", "'DA2'"};
        String[] years = {"null", "2022", "2023", "2024"};
        String[] measures = {"ASSIGNED", "DISBURSED", "CARRIED_IN", "CARRIED_OUT", "ALLOCATED", "AVAILABLE"};
        String[] capital = {"INVESTMENT", "RECURRENT", "UNSPECIFIED"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String measure = measures[rng.nextInt(measures.length)];
            int r = rng.nextInt(4);
            // A carry-over has its year (a check constraint).
            String year = measure.startsWith("CARRIED") ? years[1 + rng.nextInt(3)] : years[rng.nextInt(years.length)];
            rows.add("(" + units.get(rng.nextInt(units.size())) + ", " + comps[rng.nextInt(comps.length)] + ", "
                    + year + ", '" + (rng.nextBoolean() ? "CENTRAL" : "LOCAL") + "', '"
                    + capital[rng.nextInt(capital.length)] + "', '" + measure + "', "
                    + (rng.nextInt(6) == 0 ? "'ubnd'" : "null") + ", " + (1 + rng.nextInt(900)) * 1_000_000L + ", "
                    + (r == 3 ? "null" : reports.get(r)) + ")");
        }
        return "insert into funding_line (program_id, component_id, unit_id, fiscal_year, source, capital_type, measure,"
                + " implementing_body, implementing_body_key, amount_vnd, report_id) select " + program
                + ", c.id, v.unit, v.year, v.source, v.capital, v.measure, v.body, v.body, v.amount, v.report"
                + " from (values " + String.join(", ", rows) + ") v(unit, comp, year, source, capital, measure, body,"
                + " amount, report) left join program_component c on c.program_id = " + program
                + " and c.code = v.comp where v.report is null or v.report in (select id from report)"
                + " on conflict do nothing";
    }

    /** The statements and then the findings' recomputation of both provinces, in one transaction. */
    private void write(String... sqls) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                for (String sql : sqls) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            findings.provinces(FundingLineDataset.PATH, provinces);
        });
    }

    private void check(String after) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            assertTrue(
                    one(s, "select count(*) from funding_node_total where program_id = " + program)
                            > (after.equals("all deleted") ? -1 : 0),
                    after + ": cells kept");
        }
        compareChildren(after);
        for (SummaryQuery q : queries()) {
            int first = q.yearFrom() == null ? 2021 : q.yearFrom();
            int last = q.yearTo() == null ? 2025 : q.yearTo();
            Region live = new Region(program, 0, "/", "{}", first, last, false);
            Region kept = new Region(program, 0, "/", "{}", first, last, true);
            String what = after + ": " + q;
            QuarkusTransaction.requiringNew().run(() -> {
                assertEquals(
                        lines.summaryRows(q, List.of(), live, "true"),
                        lines.summaryRows(q, List.of(), kept, "true"),
                        what);
                assertEquals(lines.summaryTotals(q, live, "true"), lines.summaryTotals(q, kept, "true"), what);
            });
        }
    }

    /** The nation's drill-down into its provinces, from the cells and from the lines, in the years the lines state. */
    private void compareChildren(String after) {
        for (int year : List.of(2022, 2023, 2024)) {
            for (String component : java.util.Arrays.asList(null, "DA1", "DA1.TDA2")) {
                LocalDate asOf = LocalDate.of(year, 1, 1);
                String what = after + ": children " + year + " " + component;
                QuarkusTransaction.requiringNew().run(() -> {
                    assertTrue(cells.childrenKept(program, asOf, year), what);
                    assertEquals(
                            lines.children(
                                    program,
                                    vn.gnbv.tracker.geo.UnitLookup.NATION,
                                    asOf,
                                    year,
                                    component,
                                    "{}",
                                    "{}",
                                    "true",
                                    LineFilter.of(null, null, null)),
                            cells.children(program, asOf, year, component),
                            what);
                });
            }
        }
    }

    private List<SummaryQuery> queries() {
        LineFilter current = LineFilter.of(null, null, null);
        LocalDate at = LocalDate.of(2024, 1, 1);
        String p = programCode;
        return List.of(
                new SummaryQuery(p, "VN", at, null, null, null, ComponentLevel.LEAF, List.of(), current, false),
                new SummaryQuery(p, "VN", at, 2022, 2023, null, ComponentLevel.LEAF, List.of(), current, false),
                new SummaryQuery(p, "VN", at, null, 2022, "DA1", ComponentLevel.LEAF, List.of(), current, false),
                new SummaryQuery(p, "VN", at, 2023, null, null, ComponentLevel.PROJECT, List.of(), current, false),
                new SummaryQuery(p, "VN", at, null, null, null, ComponentLevel.PROJECT, List.of(), current, false));
    }

    private long component(String code) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            return one(
                    s, "select id from program_component where program_id = " + program + " and code = '" + code + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(Statement s, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
