package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.SecurityFixtures.AS_OF;
import static vn.gnbv.tracker.security.SecurityFixtures.PROGRAM;

/**
 * The access matrix's reads over the side's unit at a date: funding summaries, indicator roll-ups, the exports and
 * the drafted report made of them, and the audit trail.
 */
final class SummaryCalls {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private SummaryCalls() {}

    static void define(MatrixCall.Table t) {
        t.on(
                "getFundingSummary",
                c -> c.api()
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/funding-summary"));
        t.on(
                "getFundingSummaryChildren",
                c -> c.api()
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("year", 2024)
                        .get("/api/v1/funding-summary/children"));
        t.on(
                "getIndicatorRollup",
                c -> c.api()
                        .queryParam("indicator", c.shared().indicator())
                        .queryParam("unit", c.side().readCode())
                        .queryParam("period", "2024")
                        .get("/api/v1/indicator-rollups"));
        t.on(
                "getIndicatorRollupChildren",
                c -> c.api()
                        .queryParam("indicator", c.shared().indicator())
                        .queryParam("unit", c.side().readCode())
                        .queryParam("period", "2024")
                        .get("/api/v1/indicator-rollups/children"));
        t.on(
                "exportFundingSummary",
                c -> c.api()
                        .accept(XLSX + ", application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("yearFrom", 2024)
                        .queryParam("yearTo", 2024)
                        .get("/api/v1/exports/funding-summary"));
        t.on(
                "exportIndicators",
                c -> c.api()
                        .accept("text/csv, application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("yearFrom", 2024)
                        .queryParam("yearTo", 2024)
                        .get("/api/v1/exports/indicators"));
        t.on(
                "getReportDraft",
                c -> c.api()
                        .accept(DOCX + ", application/problem+json")
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .queryParam("year", 2024)
                        .get("/api/v1/report-draft"));
        t.on(
                "listAuditEvents",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/audit-events"));
    }
}
