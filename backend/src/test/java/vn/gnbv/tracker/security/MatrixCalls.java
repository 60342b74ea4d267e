package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.SecurityFixtures.AS_OF;
import static vn.gnbv.tracker.security.SecurityFixtures.PROGRAM;
import static vn.gnbv.tracker.security.SecurityFixtures.admin;
import static vn.gnbv.tracker.security.SecurityFixtures.create;
import static vn.gnbv.tracker.security.SecurityFixtures.etag;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.gnbv.tracker.security.SecurityFixtures.Principal;

/**
 * One real request per operation of the access matrix, aimed at side A (Phong Thổ) or side B (Lục Bình) objects:
 * a principal's "in scope" is its own side. Bodies are valid against the contract; reference-data writes aim at ids
 * that do not exist or at input the rules refuse, so ADMIN's allowed calls change nothing shared.
 */
final class MatrixCalls {
    private static final String NONE = "999999999";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String STALE = "\"0\"";

    /** What the requests of one side aim at. */
    record Side(
            String commune,
            String readCode,
            long readUnitId,
            long communeId,
            long successorId,
            long fundingLineId,
            long valueId,
            long projectId,
            long reportId,
            long findingId,
            long approvalId,
            long readReportId,
            long proposalId) {}

    private record Call(Principal p, Side side) {
        RequestSpecification api() {
            return p.api();
        }

        RequestSpecification json(Object body) {
            return p.api().contentType(ContentType.JSON).body(body);
        }
    }

    private static MatrixCalls instance;

    private final Side a;
    private final Side b;
    private final String indicator;
    private final long programId;
    private final long componentId;
    private final long indicatorId;
    private final String jobId;
    private final Map<String, Function<Call, Response>> calls = new LinkedHashMap<>();

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
        return calls.get(operationId).apply(new Call(p, inScope == p.sideA() ? a : b));
    }

    private MatrixCalls(boolean withData) {
        if (withData) {
            Map.Entry<String, Long> ind = SecurityFixtures.indicatorWithId();
            indicator = ind.getKey();
            indicatorId = ind.getValue();
            programId = admin().get("/api/v1/programs?limit=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("items.find { it.code == '" + PROGRAM + "' }.id");
            componentId = admin().get("/api/v1/programs/" + programId + "/components")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("items.find { it.code == 'DA2' }.id");
            a = side(SecurityFixtures.A_COMMUNE, SecurityFixtures.A_DISTRICT);
            b = side(SecurityFixtures.B_COMMUNE, SecurityFixtures.B_COMMUNE);
            jobId = admin().contentType(ContentType.JSON)
                    .body(List.of(uploadRow(SecurityFixtures.A_COMMUNE)))
                    .queryParam("dryRun", true)
                    .post("/api/v1/upload-jobs?dataset=funding-lines")
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getString("id");
        } else {
            jobId = null;
            indicator = null;
            indicatorId = 0;
            programId = 0;
            componentId = 0;
            a = null;
            b = null;
        }
        define();
    }

    private Side side(String commune, String readCode) {
        long communeId = SecurityFixtures.unitId(commune);
        long[] read = SecurityFixtures.readReport(commune);
        long successor = admin().get("/api/v1/units/" + communeId + "/successions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("successors[0].unit.id");
        return new Side(
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

    private void define() {
        on("listCodeLists", c -> c.api().get("/api/v1/code-lists"));
        on("getMe", c -> c.api().get("/api/v1/me"));
        on(
                "listUnits",
                c -> c.api()
                        .queryParam("parentId", c.side().readUnitId())
                        .queryParam("includeHistory", true)
                        .get("/api/v1/units"));
        on("createUnit", c -> c.json(unit()).post("/api/v1/units"));
        on("getUnit", c -> c.api().get("/api/v1/units/" + c.side().readUnitId()));
        on("updateUnit", c -> c.json(unit()).header("If-Match", STALE).put("/api/v1/units/" + NONE));
        on("deleteUnit", c -> c.api().header("If-Match", STALE).delete("/api/v1/units/" + NONE));
        on("listUnitSuccessions", c -> c.api().get("/api/v1/units/" + c.side().communeId() + "/successions"));
        on(
                "createUnitSuccession",
                c -> c.json(Map.of(
                                "predecessorId",
                                Long.parseLong(NONE),
                                "successorId",
                                Long.parseLong(NONE) - 1,
                                "effectiveDate",
                                "2025-07-01",
                                "kind",
                                "FULL"))
                        .post("/api/v1/unit-successions"));
        on(
                "getUnitSuccession",
                c -> c.api()
                        .get("/api/v1/unit-successions/" + c.side().communeId() + "/"
                                + c.side().successorId()));
        on("deleteUnitSuccession", c -> c.api().delete("/api/v1/unit-successions/" + NONE + "/" + NONE));

        on("listPrograms", c -> c.api().get("/api/v1/programs"));
        // End before start: refused by the rules (422) after the role check.
        on("createProgram", c -> c.json(program()).post("/api/v1/programs"));
        on("getProgram", c -> c.api().get("/api/v1/programs/" + programId));
        on("updateProgram", c -> c.json(program()).header("If-Match", STALE).put("/api/v1/programs/" + NONE));
        on("deleteProgram", c -> c.api().header("If-Match", STALE).delete("/api/v1/programs/" + NONE));
        on("listProgramComponents", c -> c.api().get("/api/v1/programs/" + programId + "/components"));
        on("createComponent", c -> c.json(component()).post("/api/v1/programs/" + NONE + "/components"));
        on("getComponent", c -> c.api().get("/api/v1/components/" + componentId));
        on("updateComponent", c -> c.json(component()).header("If-Match", STALE).put("/api/v1/components/" + NONE));
        on("deleteComponent", c -> c.api().header("If-Match", STALE).delete("/api/v1/components/" + NONE));

        on("listIndicators", c -> c.api().get("/api/v1/indicators"));
        on("createIndicator", c -> c.json(ratioWithoutParts()).post("/api/v1/indicators"));
        on("getIndicator", c -> c.api().get("/api/v1/indicators/" + indicatorId));
        on(
                "updateIndicator",
                c -> c.json(ratioWithoutParts()).header("If-Match", STALE).put("/api/v1/indicators/" + NONE));
        on("deleteIndicator", c -> c.api().header("If-Match", STALE).delete("/api/v1/indicators/" + NONE));

        figures(
                "LocalProject",
                "/api/v1/local-projects",
                Side::projectId,
                SecurityFixtures::localProject,
                c -> c.api().queryParam("program", PROGRAM).queryParam("component", "DA2"));
        figures(
                "FundingLine",
                "/api/v1/funding-lines",
                Side::fundingLineId,
                SecurityFixtures::fundingLine,
                c -> c.api().queryParam("program", PROGRAM).queryParam("component", "DA2"));
        figures(
                "IndicatorValue",
                "/api/v1/indicator-values",
                Side::valueId,
                unit -> SecurityFixtures.indicatorValue(indicator, unit),
                c -> c.api().queryParam("indicator", indicator));

        figures(
                "Report",
                "/api/v1/reports",
                Side::reportId,
                SecurityFixtures::report,
                c -> c.api().queryParam("issuedFrom", AS_OF));
        on(
                "putReportFile",
                c -> c.api()
                        .contentType(SecurityFixtures.PDF)
                        .body(SecurityFixtures.pdf())
                        .put("/api/v1/reports/" + c.side().reportId() + "/file"));
        on(
                "getReportFile",
                c -> c.api()
                        .accept(SecurityFixtures.PDF + ", application/problem+json")
                        .get("/api/v1/reports/" + c.side().reportId() + "/file"));
        // A fresh report's file each time, so the shared report keeps its own.
        on(
                "deleteReportFile",
                c -> c.api()
                        .accept("application/problem+json")
                        .delete("/api/v1/reports/"
                                + SecurityFixtures.reportWithFile(c.side().commune()) + "/file"));
        findings();
        approvals();
        reading();
        on(
                "getFundingSummary",
                c -> c.api()
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/funding-summary"));
        on(
                "getFundingSummaryChildren",
                c -> c.api()
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("year", 2024)
                        .get("/api/v1/funding-summary/children"));
        on(
                "getIndicatorRollup",
                c -> c.api()
                        .queryParam("indicator", indicator)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("period", "2024")
                        .get("/api/v1/indicator-rollups"));
        on(
                "exportFundingSummary",
                c -> c.api()
                        .accept(XLSX + ", application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("yearFrom", 2024)
                        .queryParam("yearTo", 2024)
                        .get("/api/v1/exports/funding-summary"));
        on(
                "exportIndicators",
                c -> c.api()
                        .accept("text/csv, application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("yearFrom", 2024)
                        .queryParam("yearTo", 2024)
                        .get("/api/v1/exports/indicators"));
        on(
                "getReportDraft",
                c -> c.api()
                        .accept(DOCX + ", application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("year", 2024)
                        .get("/api/v1/report-draft"));
        on(
                "listAuditEvents",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/audit-events"));
        // Dry runs: the access checks are those of a real upload, and nothing is written.
        on(
                "uploadBatch",
                c -> c.json(List.of(uploadRow(c.side().commune())))
                        .queryParam("dryRun", true)
                        .post("/api/v1/uploads/funding-lines"));
        on(
                "createUploadJob",
                c -> c.json(List.of(uploadRow(c.side().commune())))
                        .queryParam("dryRun", true)
                        .post("/api/v1/upload-jobs?dataset=funding-lines"));
        on("listUploadJobs", c -> c.api().get("/api/v1/upload-jobs"));
        // ADMIN's job: its owner reads it, anyone else who may read jobs gets 404.
        on("getUploadJob", c -> c.api().get("/api/v1/upload-jobs/" + jobId));
        on(
                "getIndicatorRollupChildren",
                c -> c.api()
                        .queryParam("indicator", indicator)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("period", "2024")
                        .get("/api/v1/indicator-rollups/children"));
    }

    /**
     * The five operations of a scoped figure: list filtered to the side's unit, create in its commune, read and
     * update the side's object, delete a fresh object of the side (so shared objects survive).
     */
    private void findings() {
        on(
                "listFindings",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/findings"));
        on(
                "summarizeFindings",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/findings/summary"));
        on("getFinding", c -> c.api().get("/api/v1/findings/" + c.side().findingId()));
        on(
                "setFindingStatus",
                c -> c.json(Map.of("status", "EXPLAINED", "note", "access matrix"))
                        .header("If-Match", STALE)
                        .put("/api/v1/findings/" + c.side().findingId() + "/status"));
        on("listFindingRules", c -> c.api().get("/api/v1/finding-rules"));
        // A threshold the rules refuse (422 after the role check): the shared settings never change.
        on(
                "setFindingRule",
                c -> c.json(Map.of("enabled", true, "severity", "HIGH", "threshold", -1))
                        .put("/api/v1/finding-rules/MAGNITUDE"));
    }

    /**
     * A report's reading and proposals: the reader runs on the side's shared report (its PDF has no text: 422 for
     * those allowed, and nothing changes but a failed reading); the rest aim at a report read at setup. The bulk
     * decision names no proposal, the commit is a dry run of nothing accepted, the single decision has a stale
     * If-Match: nothing shared changes.
     */
    private void reading() {
        on("readReport", c -> c.api().post("/api/v1/reports/" + c.side().reportId() + "/reading"));
        on("getReportReading", c -> c.api().get("/api/v1/reports/" + c.side().readReportId() + "/reading"));
        on("listProposals", c -> c.api().get("/api/v1/reports/" + c.side().readReportId() + "/proposals"));
        on(
                "decideProposals",
                c -> c.json(Map.of("status", "ACCEPTED", "ids", List.of()))
                        .post("/api/v1/reports/" + c.side().readReportId() + "/proposals/decisions"));
        on(
                "commitProposals",
                c -> c.api()
                        .queryParam("dryRun", true)
                        .post("/api/v1/reports/" + c.side().readReportId() + "/proposals/commit"));
        on("getProposal", c -> c.api().get("/api/v1/proposals/" + c.side().proposalId()));
        on(
                "decideProposal",
                c -> c.json(Map.of("status", "ACCEPTED"))
                        .header("If-Match", "\"999999\"")
                        .put("/api/v1/proposals/" + c.side().proposalId()));
    }

    /** Sign-offs of the side's commune (FUNDING 2026 of the demo program, submitted: nothing is locked). */
    private void approvals() {
        on(
                "listApprovals",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/approvals"));
        on("getApproval", c -> c.api().get("/api/v1/approvals/" + c.side().approvalId()));
        on(
                "getApprovalStatus",
                c -> SecurityFixtures.approvalKey(c.api(), c.side().commune()).get("/api/v1/approval-status"));
        // Never a version the sign-off has: whoever may approve gets 412, and nothing is approved (locked).
        on(
                "setApprovalStatus",
                c -> SecurityFixtures.approvalKey(
                                c.json(Map.of("status", "APPROVED")).header("If-Match", "\"999\""),
                                c.side().commune())
                        .put("/api/v1/approval-status"));
    }

    private void figures(
            String kind,
            String path,
            Function<Side, Long> shared,
            Function<String, Map<String, Object>> body,
            Function<Call, RequestSpecification> listFilters) {
        on(
                "list" + kind + "s",
                c -> listFilters
                        .apply(c)
                        .queryParam("unitId", c.side().readUnitId())
                        .get(path));
        on("create" + kind, c -> c.json(body.apply(c.side().commune())).post(path));
        on("get" + kind, c -> c.api().get(path + "/" + shared.apply(c.side())));
        on("update" + kind, c -> {
            long id = shared.apply(c.side());
            Map<String, Object> current = admin().get(path + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            Map<String, Object> in = body.apply(c.side().commune());
            if (current.containsKey("name")) {
                in.put("name", current.get("name"));
            }
            return c.json(in).header("If-Match", etag(path + "/" + id)).put(path + "/" + id);
        });
        on("delete" + kind, c -> {
            long id = create(path, body.apply(c.side().commune()));
            return c.api().header("If-Match", etag(path + "/" + id)).delete(path + "/" + id);
        });
    }

    private void on(String operationId, Function<Call, Response> call) {
        calls.put(operationId, call);
    }

    /** One funding line as an upload row (the upload's field names: year, not fiscalYear). */
    private static Map<String, Object> uploadRow(String commune) {
        Map<String, Object> m = new LinkedHashMap<>(SecurityFixtures.fundingLine(commune));
        m.put("year", m.remove("fiscalYear"));
        return m;
    }

    private static Map<String, Object> unit() {
        return Map.of(
                "code",
                "99999",
                "name",
                "Xã thử",
                "unitType",
                "Xã",
                "level",
                "COMMUNE",
                "parentId",
                Long.parseLong(NONE),
                "validFrom",
                "2024-01-01");
    }

    private static Map<String, Object> program() {
        return Map.of("code", "SECTEST-2025-2021", "nameVi", "Thử", "startYear", 2025, "endYear", 2021);
    }

    private static Map<String, Object> component() {
        return Map.of("kind", "PROJECT", "code", "DA99", "nameVi", "Thử");
    }

    private static Map<String, Object> ratioWithoutParts() {
        return Map.of(
                "code", "SEC_RATIO_NO_PARTS", "nameVi", "Thử", "unitOfMeasure", "PERCENT", "aggregation", "RATIO");
    }
}
