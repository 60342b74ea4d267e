package vn.gnbv.tracker.security;

import java.util.List;
import java.util.Map;

/**
 * The access matrix's requests about a report's reading and proposals: the reader runs on the side's shared report
 * (its PDF has no text: 422 for those allowed, and nothing changes but a failed reading); the rest aim at a report
 * read at setup. The bulk decision names no proposal, the commit is a dry run of nothing accepted, the single
 * decision has a stale If-Match: nothing shared changes.
 */
final class ReadingCalls {
    private ReadingCalls() {}

    static void define(MatrixCall.Table t) {
        t.on("readReport", c -> c.api().post("/api/v1/reports/" + c.side().reportId() + "/reading"));
        t.on("getReportReading", c -> c.api().get("/api/v1/reports/" + c.side().readReportId() + "/reading"));
        t.on("listProposals", c -> c.api().get("/api/v1/reports/" + c.side().readReportId() + "/proposals"));
        t.on(
                "decideProposals",
                c -> c.json(Map.of("status", "ACCEPTED", "ids", List.of()))
                        .post("/api/v1/reports/" + c.side().readReportId() + "/proposals/decisions"));
        t.on(
                "commitProposals",
                c -> c.api()
                        .queryParam("dryRun", true)
                        .post("/api/v1/reports/" + c.side().readReportId() + "/proposals/commit"));
        t.on("getProposal", c -> c.api().get("/api/v1/proposals/" + c.side().proposalId()));
        t.on(
                "decideProposal",
                c -> c.json(Map.of("status", "ACCEPTED"))
                        .header("If-Match", "\"999999\"")
                        .put("/api/v1/proposals/" + c.side().proposalId()));
    }
}
