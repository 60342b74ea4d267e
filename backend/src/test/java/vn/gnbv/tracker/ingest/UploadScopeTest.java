package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.JOBS;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.token;
import static vn.gnbv.tracker.ingest.UploadFixtures.user;
import static vn.gnbv.tracker.ingest.UploadFixtures.values;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.Roles;

/**
 * Who may upload what: writing roles within their subtree (a row outside it refuses the whole batch, naming the
 * rows), readers never, anonymous callers not at all.
 */
@QuarkusTest
class UploadScopeTest {
    @Test
    void anUploaderOfLaiChauCannotWriteARowOfBacKanAndTheBatchIsRefusedWhole() {
        String p = UploadFixtures.program();
        String uploader = token(user("upl-scope"), Roles.UPLOADER, "12");
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "Lai Châu 1", "1"),
                line(p, "058", 2023, "ASSIGNED", "Bắc Kạn", "2"),
                line(p, "03391", 2023, "ASSIGNED", "Lai Châu 2", "3"),
                line(p, "01990", 2023, "ASSIGNED", "Lục Bình", "4"));
        assertRejected(
                Upload.csv(FUNDING, file).as(uploader).post(),
                403,
                "OUT_OF_SCOPE",
                "2 unit OUT_OF_SCOPE",
                "4 unit OUT_OF_SCOPE");
        assertEquals(List.of(), lines(p), "nothing written, not even the rows inside the scope");

        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String valuesFile = csv(VALUE_HEADER, hh + ",12,2023,ACTUAL,5,", hh + ",06,2023,ACTUAL,6,");
        assertRejected(Upload.csv(VALUES, valuesFile).as(uploader).post(), 403, "OUT_OF_SCOPE", "2 unit OUT_OF_SCOPE");
        assertEquals(List.of(), values(hh));
    }

    @Test
    void writersUploadInsideTheirSubtree() {
        String p = UploadFixtures.program();
        String officer = token(user("upl-district"), Roles.DISTRICT_OFFICER, "109");
        String manager = token(user("upl-province"), Roles.PROVINCE_MANAGER, "12");
        Upload.csv(
                        FUNDING,
                        csv(
                                HEADER,
                                line(p, "03391", 2023, "ASSIGNED", "Xã", "1"),
                                line(p, "109", 2023, "ASSIGNED", "Huyện", "2")))
                .as(officer)
                .post()
                .then()
                .statusCode(200);
        // The district officer's subtree ends at 109: the province itself is outside it.
        assertRejected(
                Upload.csv(FUNDING, csv(HEADER, line(p, "12", 2023, "ASSIGNED", "Tỉnh", "3")))
                        .as(officer)
                        .post(),
                403,
                "OUT_OF_SCOPE",
                "1 unit OUT_OF_SCOPE");
        Upload.csv(FUNDING, csv(HEADER, line(p, "12", 2023, "ASSIGNED", "Tỉnh", "3")))
                .as(manager)
                .post()
                .then()
                .statusCode(200);
        assertEquals(3, lines(p).size());
    }

    @Test
    void anUploadJobWithARowOutsideTheScopeIsRejectedAndWritesNothing() {
        String p = UploadFixtures.program();
        String uploader = token(user("upl-scope-job"), Roles.UPLOADER, "12");
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "Lai Châu", "1"),
                line(p, "058", 2023, "ASSIGNED", "Bắc Kạn", "2"));
        Response created = Upload.csv(FUNDING, file).as(uploader).startJob();
        assertEquals(202, created.statusCode(), created.asString());
        JsonPath job = UploadFixtures.awaitJob(uploader, created.jsonPath().getString("id"));
        assertEquals("REJECTED", job.getString("state"));
        assertEquals(Set.of("2 unit OUT_OF_SCOPE"), UploadFixtures.errors(job, "report.errors"));
        assertEquals(List.of(), lines(p));
    }

    @Test
    void readersMayNotUploadAndAnonymousCallersAreUnauthenticated() {
        String p = UploadFixtures.program();
        String file = csv(HEADER, line(p, "058", 2023, "ASSIGNED", "Bắc Kạn", "1"));
        String viewer = token(user("upl-viewer"), Roles.VIEWER, "06");
        String reader = token(user("upl-reader"), Roles.API_READER, "06");
        for (String t : List.of(viewer, reader)) {
            for (Response r : List.of(
                    Upload.csv(FUNDING, file).as(t).post(),
                    Upload.csv(FUNDING, file).as(t).startJob(),
                    Upload.csv(FUNDING, file).as(t).dryRun().post())) {
                assertEquals(403, r.statusCode(), r.asString());
                assertEquals("FORBIDDEN", r.jsonPath().getString("code"));
            }
        }
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/uploads/" + FUNDING, JOBS + "?dataset=" + FUNDING)) {
            Upload.anonymous()
                    .contentType("text/csv")
                    .body(bytes)
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        Api.anonymous().get(JOBS).then().statusCode(401);
        Api.anonymous().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(401);
        assertEquals(List.of(), lines(p));
    }
}
