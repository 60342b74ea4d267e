package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.FindingFixtures.findings;
import static vn.gnbv.tracker.ingest.FindingFixtures.num;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;
import static vn.gnbv.tracker.ingest.FindingFixtures.row;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.finding.FindingDue;

/**
 * An upload's findings after its figures commit, on two database sessions (finding/FindingsAfterCommit): the same
 * warnings as the dry run computes in its transaction on one session, the job SUCCEEDED only with them; findings left
 * due (the server stopped between the two transactions) recomputed by the server; and a job whose server stopped
 * after its figures committed ends SUCCEEDED, not FAILED.
 */
@QuarkusTest
class FindingsAfterCommitTest {
    @Inject
    DataSource ds;

    @Inject
    FindingDue due;

    @Inject
    UploadJobs jobs;

    @Test
    void aJobSucceedsWithTheFindingsItsDryRunShowsComputedAfterItsFiguresCommitted() throws SQLException {
        String p = UploadFixtures.program(true);
        // A stated total against its parts (the merging session's check) and disbursed above what was available
        // (the other session's).
        String csv = UploadFixtures.csv(
                FindingFixtures.HEADER,
                row(p, "DA2", "109", 2023, "DISBURSED", 1_046_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L),
                row(p, "DA1", "109", 2023, "ASSIGNED", 100_000_000L),
                row(p, "DA1", "109", 2023, "DISBURSED", 150_000_000L));
        JsonPath dry =
                FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, csv).dryRun());
        assertNull(dry.get("findingsMs"), "a dry run's findings run in its transaction");

        String token = UploadFixtures.token(UploadFixtures.user("after-commit"), "ADMIN");
        String id = Upload.csv(UploadFixtures.FUNDING, csv).as(token).jobId();
        JsonPath job = UploadFixtures.awaitJob(token, id);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        Map<String, Object> report = job.getMap("report");
        assertTrue(((Number) report.get("findingsMs")).longValue() >= 0, report.toString());
        assertTrue(((Number) report.get("durationMs")).longValue() >= ((Number) report.get("findingsMs")).longValue());
        assertNull(report.get("findingsPending"));
        List<String> rules = List.of("DISBURSED_OVER_AVAILABLE", "TOTAL_VS_PARTS");
        assertEquals(
                rules,
                warnings(dry.getList("warnings")).stream().map(w -> w.get(0)).toList());
        assertEquals(warnings(dry.getList("warnings")), warnings(job.getList("report.warnings")));
        for (String rule : rules) {
            assertEquals(1, open(findings(p), rule).size(), rule);
        }
        assertEquals(0L, count("select count(*) from finding_due where province_id = (" + provinceOf(p) + ")"));
    }

    @Test
    void findingsLeftDueAreRecomputedByTheServer() throws SQLException {
        String p = UploadFixtures.program(true);
        FindingFixtures.uploadRows(
                row(p, "DA2", "109", 2023, "DISBURSED", 1_098_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L));
        assertEquals(List.of(), open(findings(p), "TOTAL_VS_PARTS"));
        // As if a server had written the figures and stopped before their findings: changed behind the API, due.
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("update funding_line set amount_vnd = 1046000000 where program_id = (select id from"
                    + " program where code = '" + p + "') and component_id = (select c.id from program_component c"
                    + " join program g on g.id = c.program_id where g.code = '" + p + "' and c.code = 'DA2')");
            st.executeUpdate("insert into finding_due (dataset, province_id, due_at) values ('funding-lines', ("
                    + provinceOf(p) + "), now() - interval '2 minutes')");
        }
        assertEquals(List.of(), open(findings(p), "TOTAL_VS_PARTS"), "not yet");

        assertTrue(due.sweep(60) >= 1);

        List<Map<String, Object>> found = open(findings(p), "TOTAL_VS_PARTS");
        assertEquals(1, found.size(), found.toString());
        assertEquals(1_046_000_000L, num(found.get(0), "actual"));
        assertEquals(0L, count("select count(*) from finding_due where province_id = (" + provinceOf(p) + ")"));
    }

    @Test
    void aProvinceAnsweredWhileTheSweepWaitedIsNotRecomputedAgain() throws Exception {
        String p = UploadFixtures.program(true);
        FindingFixtures.uploadRows(
                row(p, "DA2", "109", 2023, "DISBURSED", 1_098_000_000L),
                row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
                row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L));
        String province = provinceOf(p);
        try (Connection upload = ds.getConnection();
                Statement st = upload.createStatement()) {
            // An upload's findings hold the province (FindingEngine.lock) while a due row is past the sweep's age.
            st.executeQuery("select pg_advisory_lock(5, (" + province + ")::int)")
                    .close();
            st.executeUpdate("insert into finding_due (dataset, province_id, due_at) values ('funding-lines', ("
                    + province + "), now() - interval '2 minutes')");
            var sweep = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return due.sweep(60);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            while (count("select count(*) from pg_locks where locktype = 'advisory' and not granted") == 0) {
                Thread.sleep(20); // a sweep read the due row and waits for the province
            }
            // The upload's findings answer the row and end; a change behind the API shows whether the sweep runs.
            st.executeUpdate("delete from finding_due where province_id = (" + province + ")");
            st.executeUpdate("update funding_line set amount_vnd = 1046000000 where program_id = (select id from"
                    + " program where code = '" + p + "') and component_id = (select c.id from program_component c"
                    + " join program g on g.id = c.program_id where g.code = '" + p + "' and c.code = 'DA2')");
            st.executeQuery("select pg_advisory_unlock(5, (" + province + ")::int)")
                    .close();
            sweep.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertEquals(List.of(), open(findings(p), "TOTAL_VS_PARTS"), "the sweep found nothing left due");
        // Due again, the change is found (and the province is left consistent for the tests after this one).
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("insert into finding_due (dataset, province_id, due_at) values ('funding-lines', ("
                    + province + "), now() - interval '2 minutes')");
        }
        due.sweep(60);
        assertEquals(1, open(findings(p), "TOTAL_VS_PARTS").size());
    }

    @Test
    void aJobWhoseServerStoppedAfterItsFiguresCommittedSucceeded() throws SQLException {
        UUID written = job(true);
        UUID notWritten = job(false);

        jobs.failAbandoned(60);

        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select state, failure_code, report ->> 'findingsPending' from upload_job where id = ?")) {
            ps.setObject(1, written);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("SUCCEEDED", rs.getString(1));
                assertNull(rs.getString(2));
                assertEquals("true", rs.getString(3), "its report says the findings are pending");
            }
            ps.setObject(1, notWritten);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("FAILED", rs.getString(1));
                assertEquals("ABANDONED", rs.getString(2));
            }
        }
    }

    @Test
    void manyFindingsAreCountedAuditedAndTheFirstThousandListed() throws SQLException {
        // 1,440 keys, each disbursing more than it was assigned: as many findings, from the second session's check
        // (its candidates cross to the merging session through a file), none of another rule.
        String p = UploadFixtures.program(true);
        List<String> rows = new java.util.ArrayList<>(List.of(FindingFixtures.HEADER));
        for (String component : List.of("DA1", "DA2.TDA1", "DA2.TDA2")) {
            for (int year = 2021; year <= 2025; year++) { // unit 109 was merged away in 2025
                for (String source : List.of(
                        "CENTRAL",
                        "LOCAL_PROVINCE",
                        "LOCAL_DISTRICT",
                        "LOCAL_COMMUNE",
                        "MOBILIZED",
                        "MOBILIZED_FATHERLAND_FRONT",
                        "MOBILIZED_RED_CROSS",
                        "MOBILIZED_MILITARY",
                        "MOBILIZED_PUBLIC_SECURITY",
                        "MOBILIZED_ENTERPRISE",
                        "PEOPLE_COUNTERPART",
                        "POLICY_CREDIT")) {
                    for (String capital : List.of("RECURRENT", "INVESTMENT")) {
                        for (String body : List.of("B1", "B2", "B3", "B4")) {
                            String key = String.join(",", p, component, "109", Integer.toString(year), source, capital);
                            rows.add(key + ",ASSIGNED," + body + ",,100000000");
                            rows.add(key + ",DISBURSED," + body + ",,150000000");
                        }
                    }
                }
            }
        }
        String csv = UploadFixtures.csv(rows.toArray(String[]::new));
        JsonPath dry =
                FindingFixtures.upload(Upload.csv(UploadFixtures.FUNDING, csv).dryRun());
        assertEquals(1440, dry.getLong("warningCount"), "counted in the transaction too");
        assertEquals(1000, dry.getList("warnings").size());

        String token = UploadFixtures.token(UploadFixtures.user("after-commit"), "ADMIN");
        JsonPath job = UploadFixtures.awaitJob(
                token, Upload.csv(UploadFixtures.FUNDING, csv).as(token).jobId());
        assertEquals("SUCCEEDED", job.getString("state"), job.getString("failureMessage"));
        assertEquals(1440, job.getLong("report.warningCount"));
        List<Long> listed = job.getList("report.warnings.findingId", Long.class);
        assertEquals(1000, listed.size());
        assertEquals(listed.stream().sorted().toList(), listed, "the first by finding id");
        assertEquals(1440, open(findings(p), "DISBURSED_OVER_AVAILABLE").size());
        assertEquals(
                1440L,
                count("select count(*) from audit_event a join finding f on f.id::text = a.resource_id"
                        + " where a.resource_type = 'FINDING' and f.program_id = (select id from program where code = '"
                        + p + "')"),
                "every change audited, not only the listed ones");
    }

    /** A RUNNING job whose heartbeat stopped two minutes ago, its figures committed or not. */
    private UUID job(boolean figuresCommitted) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into upload_job (id, dataset, format, mode, dry_run,"
                        + " synchronous, state, owner_username, request_id, heartbeat_at, figures_committed, report)"
                        + " values (?, 'funding-lines', 'CSV', 'upsert', false, false, 'RUNNING', 'after-commit', 'r',"
                        + " now() - interval '2 minutes', ?, ?::jsonb)")) {
            ps.setObject(1, id);
            ps.setBoolean(2, figuresCommitted);
            ps.setString(3, figuresCommitted ? "{\"findingsPending\": true}" : null);
            ps.executeUpdate();
        }
        assertNotNull(id);
        return id;
    }

    /** Warnings without their finding ids (a dry run's are rolled back): rule, change, message, rows; sorted. */
    private static List<List<Object>> warnings(List<Map<String, Object>> w) {
        return w.stream()
                .map(x -> List.<Object>of(x.get("code"), x.get("change"), x.get("message"), x.get("rows")))
                .sorted((a, b) -> (a.get(0) + "" + a.get(2)).compareTo(b.get(0) + "" + b.get(2)))
                .toList();
    }

    /** The province of a program's lines (a test's program has lines in one). */
    private static String provinceOf(String program) {
        return "select distinct province_id from funding_line where program_id = (select id from program where code = '"
                + program + "')";
    }

    private long count(String sql) throws SQLException {
        return FindingFixtures.count(ds, sql);
    }
}
