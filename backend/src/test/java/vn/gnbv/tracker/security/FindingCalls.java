package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.MatrixCall.STALE;
import static vn.gnbv.tracker.security.SecurityFixtures.AS_OF;

import java.util.Map;

/** The access matrix's requests about findings (the side's finding) and their national rule settings. */
final class FindingCalls {
    private FindingCalls() {}

    static void define(MatrixCall.Table t) {
        t.on(
                "listFindings",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/findings"));
        t.on(
                "summarizeFindings",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/findings/summary"));
        t.on("getFinding", c -> c.api().get("/api/v1/findings/" + c.side().findingId()));
        t.on(
                "setFindingStatus",
                c -> c.json(Map.of("status", "EXPLAINED", "note", "access matrix"))
                        .header("If-Match", STALE)
                        .put("/api/v1/findings/" + c.side().findingId() + "/status"));
        t.on("listFindingRules", c -> c.api().get("/api/v1/finding-rules"));
        // A threshold the rules refuse (422 after the role check): the shared settings never change.
        t.on(
                "setFindingRule",
                c -> c.json(Map.of("enabled", true, "severity", "HIGH", "threshold", -1))
                        .put("/api/v1/finding-rules/MAGNITUDE"));
    }
}
