package vn.gnbv.tracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.security.SecurityFixtures.ALL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.security.SecurityFixtures.Principal;

/**
 * Every operation of openapi.yaml × every role (the demo principals and their scopes) × in scope / out of scope,
 * against the explicit table below. The operation list is read from the contract, so an operation added later
 * without a rule fails {@link #everyOperationInTheContractHasARule}.
 */
@QuarkusTest
class AccessMatrixTest {
    /**
     * One row per operationId. Columns: ADMIN, PROVINCE_MANAGER (12), DISTRICT_OFFICER (109), COMMUNE_OFFICER
     * (01990), VIEWER (06), API_READER (12), UPLOADER (12). A: allowed (any answer but 401/403), F: 403 FORBIDDEN
     * (role), S: 403 OUT_OF_SCOPE. First string: on an object or unit in the principal's scope; second: outside it,
     * or "-" when the operation names no unit or scoped object (national reference data).
     */
    static final Map<String, String[]> EXPECTED = new LinkedHashMap<>();

    private static void rule(String operationId, String inScope, String outOfScope) {
        EXPECTED.put(operationId, new String[] {inScope, outOfScope});
    }

    static {
        String readAll = "A A A A A A A";
        String adminOnly = "A F F F F F F";
        String scopedRead = "A S S S S S S";
        String writeIn = "A A A A F F A"; // VIEWER and API_READER never write
        String writeOut = "A S S S F F S";
        rule("listCodeLists", readAll, "-");
        // Who is signed in: every role, about itself only.
        rule("getMe", readAll, "-");
        // Units: in scope or an ancestor of it is visible; successions when either end is.
        rule("listUnits", readAll, scopedRead);
        rule("createUnit", adminOnly, "-");
        rule("getUnit", readAll, scopedRead);
        rule("updateUnit", adminOnly, "-");
        rule("deleteUnit", adminOnly, "-");
        rule("listUnitSuccessions", readAll, scopedRead);
        rule("createUnitSuccession", adminOnly, "-");
        rule("getUnitSuccession", readAll, scopedRead);
        rule("deleteUnitSuccession", adminOnly, "-");
        // Programs, components, indicator definitions: national reference data.
        rule("listPrograms", readAll, "-");
        rule("createProgram", adminOnly, "-");
        rule("getProgram", readAll, "-");
        rule("updateProgram", adminOnly, "-");
        rule("deleteProgram", adminOnly, "-");
        rule("listProgramComponents", readAll, "-");
        rule("createComponent", adminOnly, "-");
        rule("getComponent", readAll, "-");
        rule("updateComponent", adminOnly, "-");
        rule("deleteComponent", adminOnly, "-");
        rule("listIndicators", readAll, "-");
        rule("createIndicator", adminOnly, "-");
        rule("getIndicator", readAll, "-");
        rule("updateIndicator", adminOnly, "-");
        rule("deleteIndicator", adminOnly, "-");
        // Figures, and the reports they are stated in: every role reads within its scope; writing roles write within
        // it.
        for (String kind : List.of("LocalProject", "FundingLine", "IndicatorValue", "Report")) {
            rule("list" + kind + "s", readAll, scopedRead);
            rule("create" + kind, writeIn, writeOut);
            rule("get" + kind, readAll, scopedRead);
            rule("update" + kind, writeIn, writeOut);
            rule("delete" + kind, writeIn, writeOut);
        }
        // A report's file: read with the report, changed by those who may write it.
        rule("putReportFile", writeIn, writeOut);
        rule("getReportFile", readAll, scopedRead);
        rule("deleteReportFile", writeIn, writeOut);
        // Reading a report's file into proposals: read with the report; run, decided and committed by those who may
        // upload its figures.
        rule("readReport", writeIn, writeOut);
        rule("getReportReading", readAll, scopedRead);
        rule("listProposals", readAll, scopedRead);
        rule("decideProposals", writeIn, writeOut);
        rule("commitProposals", writeIn, writeOut);
        rule("getProposal", readAll, scopedRead);
        rule("decideProposal", writeIn, writeOut);
        // Findings: read like figures; decided by the roles that manage figures (not uploaders, viewers or readers);
        // rule settings are national and ADMIN's.
        rule("listFindings", readAll, scopedRead);
        rule("summarizeFindings", readAll, scopedRead);
        rule("getFinding", readAll, scopedRead);
        rule("setFindingStatus", "A A A A F F F", "A S S S F F F");
        rule("listFindingRules", readAll, "-");
        rule("setFindingRule", adminOnly, "-");
        // Sign-offs: read like figures; moved by the roles that manage figures, as their level allows. The matrix asks
        // to approve the side's commune: its own commune officer may not (the level above decides), the district and
        // the province above may (the stale If-Match then refuses it without changing anything).
        rule("listApprovals", readAll, scopedRead);
        rule("getApproval", readAll, scopedRead);
        rule("getApprovalStatus", readAll, scopedRead);
        rule("setApprovalStatus", "A A A F F F F", "A S S S F F F");
        rule("getFundingSummary", readAll, scopedRead);
        rule("getFundingSummaryChildren", readAll, scopedRead);
        rule("getIndicatorRollup", readAll, scopedRead);
        rule("getIndicatorRollupChildren", readAll, scopedRead);
        // Exports and the drafted report read figures: like the summaries they are made of.
        rule("exportFundingSummary", readAll, scopedRead);
        rule("exportIndicators", readAll, scopedRead);
        rule("getReportDraft", readAll, scopedRead);
        // The audit trail: ADMIN everywhere, province managers within their subtree, nobody else.
        rule("listAuditEvents", "A A F F F F F", "A S F F F F F");
        // Bulk upload: the writing roles, every row inside their scope. A job's rows are read only when it runs (a row
        // outside the scope then rejects the job), so creating one is refused by role only.
        rule("uploadBatch", writeIn, writeOut);
        rule("createUploadJob", writeIn, writeIn);
        // Jobs are their owner's: only roles that may upload have any; another user's job is 404, not 403.
        rule("listUploadJobs", writeIn, "-");
        rule("getUploadJob", writeIn, "-");
    }

    @Test
    void everyOperationInTheContractHasARule() {
        Map<String, String> ops = contractOperations();
        assertTrue(ops.size() >= 44, "the contract lists " + ops.size() + " operations");
        TreeSet<String> missing = new TreeSet<>(ops.keySet());
        missing.removeAll(EXPECTED.keySet());
        assertEquals(new TreeSet<>(), missing, "operations of openapi.yaml without an access rule");
        TreeSet<String> noCall = new TreeSet<>(ops.keySet());
        noCall.removeAll(MatrixCalls.OPERATIONS);
        assertEquals(new TreeSet<>(), noCall, "operations of openapi.yaml without a request in MatrixCalls");
        TreeSet<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(ops.keySet());
        assertEquals(new TreeSet<>(), stale, "access rules for operations the contract no longer has");
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        MatrixCalls calls = MatrixCalls.get();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> op : contractOperations().entrySet()) {
            String[] rule = EXPECTED.get(op.getKey());
            if (rule == null) {
                wrong.add(op.getKey() + ": no rule");
                continue;
            }
            for (int scoped = 0; scoped < 2; scoped++) {
                if (rule[scoped].equals("-")) {
                    continue;
                }
                String[] cells = rule[scoped].split(" ");
                for (int i = 0; i < ALL.size(); i++) {
                    Principal p = ALL.get(i);
                    Response r = calls.call(op.getKey(), p, scoped == 0);
                    String got = outcome(r);
                    checked++;
                    if (!got.equals(cells[i])) {
                        wrong.add(op.getValue() + " (" + op.getKey() + ") as " + p.role() + " " + p.unit()
                                + (scoped == 0 ? " in scope" : " out of scope") + ": expected " + cells[i] + ", got "
                                + got
                                + " (" + r.statusCode() + " " + r.asString() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "access matrix mismatches");
        assertTrue(checked >= 44 * 7, "checked only " + checked + " cases");
    }

    /** A, F, S as in the table; U for a 401 and E for a 5xx, which no cell allows. */
    static String outcome(Response r) {
        int status = r.statusCode();
        if (status == 401) {
            return "U";
        }
        if (status >= 500) {
            return "E";
        }
        if (status == 403) {
            String code = r.jsonPath().getString("code");
            return "FORBIDDEN".equals(code) ? "F" : "OUT_OF_SCOPE".equals(code) ? "S" : "403:" + code;
        }
        return "A";
    }

    /** operationId → "METHOD path", in the contract's order. */
    static Map<String, String> contractOperations() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toUri().toString());
        Map<String, String> ops = new LinkedHashMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String previous = ops.put(op.getOperationId(), method + " " + path);
                    if (previous != null || op.getOperationId() == null) {
                        throw new AssertionError("operationId missing or repeated at " + method + " " + path);
                    }
                }));
        return ops;
    }
}
