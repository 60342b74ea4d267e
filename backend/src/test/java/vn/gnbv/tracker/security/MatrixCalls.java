package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.SecurityFixtures.PROGRAM;
import static vn.gnbv.tracker.security.SecurityFixtures.admin;
import static vn.gnbv.tracker.security.SecurityFixtures.create;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.gnbv.tracker.security.SecurityFixtures.Principal;

/**
 * One real request per operation of the access matrix, aimed at side A (Phong Thổ) or side B (Lục Bình) objects:
 * a principal's "in scope" is its own side. Bodies are valid against the contract; reference-data writes aim at ids
 * that do not exist or at input the rules refuse, so ADMIN's allowed calls change nothing shared. The requests are
 * the features' calls classes'; this class makes the objects they aim at and composes them.
 */
final class MatrixCalls {
    private static MatrixCalls instance;

    private final MatrixCall.Side a;
    private final MatrixCall.Side b;
    private final MatrixCall.Shared shared;
    private final Map<String, Function<MatrixCall, Response>> calls = new LinkedHashMap<>();

    static final Set<String> OPERATIONS;

    static {
        OPERATIONS = new MatrixCalls(false).calls.keySet();
    }

    static synchronized MatrixCalls get() {
        if (instance == null) {
            instance = new MatrixCalls(true);
        }
        return instance;
    }

    Response call(String operationId, Principal p, boolean inScope) {
        return calls.get(operationId).apply(new MatrixCall(p, inScope == p.sideA() ? a : b, shared));
    }

    private MatrixCalls(boolean withData) {
        if (withData) {
            Map.Entry<String, Long> ind = SecurityFixtures.indicatorWithId();
            String indicator = ind.getKey();
            long programId = admin().get("/api/v1/programs?limit=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("items.find { it.code == '" + PROGRAM + "' }.id");
            long componentId = admin().get("/api/v1/programs/" + programId + "/components")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("items.find { it.code == 'DA2' }.id");
            a = side(SecurityFixtures.A_COMMUNE, SecurityFixtures.A_DISTRICT, indicator);
            b = side(SecurityFixtures.B_COMMUNE, SecurityFixtures.B_COMMUNE, indicator);
            String jobId = admin().contentType(ContentType.JSON)
                    .body(List.of(UploadCalls.uploadRow(SecurityFixtures.A_COMMUNE)))
                    .queryParam("dryRun", true)
                    .post("/api/v1/upload-jobs?dataset=funding-lines")
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getString("id");
            shared = new MatrixCall.Shared(indicator, ind.getValue(), programId, componentId, jobId);
        } else {
            a = null;
            b = null;
            shared = null;
        }
        MatrixCall.Table t = this::on;
        t.on("listCodeLists", c -> c.api().get("/api/v1/code-lists"));
        t.on("getMe", c -> c.api().get("/api/v1/me"));
        UnitCalls.define(t);
        ProgramCalls.define(t);
        FigureCalls.define(t);
        FindingCalls.define(t);
        ApprovalCalls.define(t);
        ReadingCalls.define(t);
        SummaryCalls.define(t);
        UploadCalls.define(t);
    }

    private static MatrixCall.Side side(String commune, String readCode, String indicator) {
        long communeId = SecurityFixtures.unitId(commune);
        long[] read = SecurityFixtures.readReport(commune);
        long successor = admin().get("/api/v1/units/" + communeId + "/successions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("successors[0].unit.id");
        return new MatrixCall.Side(
                commune,
                readCode,
                SecurityFixtures.unitId(readCode),
                communeId,
                successor,
                create("/api/v1/funding-lines", SecurityFixtures.fundingLine(commune)),
                create("/api/v1/indicator-values", SecurityFixtures.indicatorValue(indicator, commune)),
                create("/api/v1/local-projects", SecurityFixtures.localProject(commune)),
                SecurityFixtures.reportWithFile(commune),
                SecurityFixtures.finding(commune),
                SecurityFixtures.submitted(commune),
                read[0],
                read[1]);
    }

    /** Each operation has one request: a second for the same operationId is a slip of the calls classes. */
    private void on(String operationId, Function<MatrixCall, Response> call) {
        if (calls.putIfAbsent(operationId, call) != null) {
            throw new IllegalStateException("two requests for " + operationId);
        }
    }
}
