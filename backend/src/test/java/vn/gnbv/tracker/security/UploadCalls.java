package vn.gnbv.tracker.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The access matrix's requests about bulk uploads of funding lines and their jobs. */
final class UploadCalls {
    private UploadCalls() {}

    static void define(MatrixCall.Table t) {
        // Dry runs: the access checks are those of a real upload, and nothing is written.
        t.on(
                "uploadBatch",
                c -> c.json(List.of(uploadRow(c.side().commune())))
                        .queryParam("dryRun", true)
                        .post("/api/v1/uploads/funding-lines"));
        t.on(
                "createUploadJob",
                c -> c.json(List.of(uploadRow(c.side().commune())))
                        .queryParam("dryRun", true)
                        .post("/api/v1/upload-jobs?dataset=funding-lines"));
        t.on("listUploadJobs", c -> c.api().get("/api/v1/upload-jobs"));
        // ADMIN's job: its owner reads it, anyone else who may read jobs gets 404.
        t.on(
                "getUploadJob",
                c -> c.api().get("/api/v1/upload-jobs/" + c.shared().jobId()));
    }

    /** One funding line as an upload row (the upload's field names: year, not fiscalYear). */
    static Map<String, Object> uploadRow(String commune) {
        Map<String, Object> m = new LinkedHashMap<>(SecurityFixtures.fundingLine(commune));
        m.put("year", m.remove("fiscalYear"));
        return m;
    }
}
