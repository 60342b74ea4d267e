package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.SecurityFixtures.AS_OF;
import static vn.gnbv.tracker.security.SecurityFixtures.PROGRAM;
import static vn.gnbv.tracker.security.SecurityFixtures.admin;
import static vn.gnbv.tracker.security.SecurityFixtures.create;
import static vn.gnbv.tracker.security.SecurityFixtures.etag;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;

/** The access matrix's requests about figures (local projects, funding lines, indicator values) and reports. */
final class FigureCalls {
    private FigureCalls() {}

    static void define(MatrixCall.Table t) {
        figures(
                t,
                "LocalProject",
                "/api/v1/local-projects",
                MatrixCall.Side::projectId,
                c -> SecurityFixtures.localProject(c.side().commune()),
                c -> c.api().queryParam("program", PROGRAM).queryParam("component", "DA2"));
        figures(
                t,
                "FundingLine",
                "/api/v1/funding-lines",
                MatrixCall.Side::fundingLineId,
                c -> SecurityFixtures.fundingLine(c.side().commune()),
                c -> c.api().queryParam("program", PROGRAM).queryParam("component", "DA2"));
        figures(
                t,
                "IndicatorValue",
                "/api/v1/indicator-values",
                MatrixCall.Side::valueId,
                c -> SecurityFixtures.indicatorValue(
                        c.shared().indicator(), c.side().commune()),
                c -> c.api().queryParam("indicator", c.shared().indicator()));
        figures(
                t,
                "Report",
                "/api/v1/reports",
                MatrixCall.Side::reportId,
                c -> SecurityFixtures.report(c.side().commune()),
                c -> c.api().queryParam("issuedFrom", AS_OF));
        t.on(
                "putReportFile",
                c -> c.api()
                        .contentType(SecurityFixtures.PDF)
                        .body(SecurityFixtures.pdf())
                        .put("/api/v1/reports/" + c.side().reportId() + "/file"));
        t.on(
                "getReportFile",
                c -> c.api()
                        .accept(SecurityFixtures.PDF + ", application/problem+json")
                        .get("/api/v1/reports/" + c.side().reportId() + "/file"));
        // A fresh report's file each time, so the shared report keeps its own.
        t.on(
                "deleteReportFile",
                c -> c.api()
                        .accept("application/problem+json")
                        .delete("/api/v1/reports/"
                                + SecurityFixtures.reportWithFile(c.side().commune()) + "/file"));
    }

    /**
     * The five operations of a scoped figure: list filtered to the side's unit, create in its commune, read and
     * update the side's object, delete a fresh object of the side (so shared objects survive).
     */
    private static void figures(
            MatrixCall.Table t,
            String kind,
            String path,
            Function<MatrixCall.Side, Long> shared,
            Function<MatrixCall, Map<String, Object>> body,
            Function<MatrixCall, RequestSpecification> listFilters) {
        t.on(
                "list" + kind + "s",
                c -> listFilters
                        .apply(c)
                        .queryParam("unitId", c.side().readUnitId())
                        .get(path));
        t.on("create" + kind, c -> c.json(body.apply(c)).post(path));
        t.on("get" + kind, c -> c.api().get(path + "/" + shared.apply(c.side())));
        t.on("update" + kind, c -> {
            long id = shared.apply(c.side());
            Map<String, Object> current = admin().get(path + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            Map<String, Object> in = body.apply(c);
            if (current.containsKey("name")) {
                in.put("name", current.get("name"));
            }
            return c.json(in).header("If-Match", etag(path + "/" + id)).put(path + "/" + id);
        });
        t.on("delete" + kind, c -> {
            long id = create(path, body.apply(c));
            return c.api().header("If-Match", etag(path + "/" + id)).delete(path + "/" + id);
        });
    }
}
