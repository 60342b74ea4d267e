package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.MatrixCall.NONE;
import static vn.gnbv.tracker.security.MatrixCall.STALE;

import java.util.Map;

/**
 * The access matrix's requests about national reference data (programs, components, indicator definitions): reads
 * of the demo program's objects; writes aim at ids that do not exist or at input the rules refuse, so ADMIN's
 * allowed calls change nothing shared.
 */
final class ProgramCalls {
    private ProgramCalls() {}

    static void define(MatrixCall.Table t) {
        t.on("listPrograms", c -> c.api().get("/api/v1/programs"));
        // End before start: refused by the rules (422) after the role check.
        t.on("createProgram", c -> c.json(program()).post("/api/v1/programs"));
        t.on("getProgram", c -> c.api().get("/api/v1/programs/" + c.shared().programId()));
        t.on("updateProgram", c -> c.json(program()).header("If-Match", STALE).put("/api/v1/programs/" + NONE));
        t.on("deleteProgram", c -> c.api().header("If-Match", STALE).delete("/api/v1/programs/" + NONE));
        t.on(
                "listProgramComponents",
                c -> c.api().get("/api/v1/programs/" + c.shared().programId() + "/components"));
        t.on("createComponent", c -> c.json(component()).post("/api/v1/programs/" + NONE + "/components"));
        t.on("getComponent", c -> c.api().get("/api/v1/components/" + c.shared().componentId()));
        t.on(
                "updateComponent",
                c -> c.json(component()).header("If-Match", STALE).put("/api/v1/components/" + NONE));
        t.on("deleteComponent", c -> c.api().header("If-Match", STALE).delete("/api/v1/components/" + NONE));

        t.on("listIndicators", c -> c.api().get("/api/v1/indicators"));
        t.on("createIndicator", c -> c.json(ratioWithoutParts()).post("/api/v1/indicators"));
        t.on("getIndicator", c -> c.api().get("/api/v1/indicators/" + c.shared().indicatorId()));
        t.on(
                "updateIndicator",
                c -> c.json(ratioWithoutParts()).header("If-Match", STALE).put("/api/v1/indicators/" + NONE));
        t.on("deleteIndicator", c -> c.api().header("If-Match", STALE).delete("/api/v1/indicators/" + NONE));
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
