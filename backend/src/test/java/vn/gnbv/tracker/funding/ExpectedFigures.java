package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.common.Text;

/**
 * Reads, through the API, the figures one report expectation speaks of. Component × year (× capital type) comes
 * from the summary (PROJECT level with the component filter, so a project includes its sub-projects); a whole
 * period is the summary's range row (null year); figures restricted to an implementing body or origin year — which the
 * summary does not group by — are summed from the listed lines.
 */
final class ExpectedFigures {
    private ExpectedFigures() {}

    static DemoFundingAcceptanceTest.Figures compute(JsonNode e, String program) {
        String unit = e.get("unit").asText();
        String component = e.hasNonNull("component") ? e.get("component").asText() : null;
        Integer year = e.hasNonNull("fiscalYear") ? e.get("fiscalYear").asInt() : null;
        if (e.hasNonNull("implementingBody") || e.hasNonNull("originYear")) {
            return fromLines(e, program, unit, component, year);
        }
        Map<String, Object> p = new HashMap<>(
                Map.of("program", program, "unit", unit, "asOf", "2024-01-01", "componentLevel", "PROJECT"));
        if (component != null) {
            p.put("component", component);
        }
        String capital = e.hasNonNull("capitalType") ? e.get("capitalType").asText() : null;
        if (capital != null) {
            p.put("groupBy", "capitalType");
        }
        JsonNode s = SummaryJson.get("/api/v1/funding-summary", p);
        if (capital == null) {
            // One year, or the whole period: the summary's range total (null year), whole-phase lines included.
            JsonNode total = null;
            for (JsonNode t : s.get("totals")) {
                if (year == null
                        ? t.get("fiscalYear").isNull()
                        : t.get("fiscalYear").asInt() == year) {
                    total = t;
                }
            }
            return total == null
                    ? new DemoFundingAcceptanceTest.Figures(0, 0, 0, 0, null)
                    : new DemoFundingAcceptanceTest.Figures(
                            SummaryJson.vnd(total, "assignedVnd"),
                            SummaryJson.vnd(total, "availableVnd"),
                            SummaryJson.vnd(total, "disbursedVnd"),
                            SummaryJson.vnd(total, "carriedOutVnd"),
                            SummaryJson.rate(total));
        }
        long[] sums = new long[4];
        for (JsonNode r : s.get("rows")) {
            // Per capital type: the year's rows, or for the whole period the range rows (null year).
            boolean yearMatches = year == null
                    ? r.get("fiscalYear").isNull()
                    : !r.get("fiscalYear").isNull() && r.get("fiscalYear").asInt() == year;
            boolean capitalMatches =
                    capital == null || capital.equals(r.get("capitalType").asText());
            if (yearMatches && capitalMatches) {
                sums[0] += SummaryJson.vnd(r, "assignedVnd");
                sums[1] += SummaryJson.vnd(r, "carriedInVnd");
                sums[2] += SummaryJson.vnd(r, "disbursedVnd");
                sums[3] += SummaryJson.vnd(r, "carriedOutVnd");
            }
        }
        return figures(sums);
    }

    private static DemoFundingAcceptanceTest.Figures fromLines(
            JsonNode e, String program, String unit, String component, Integer year) {
        var request = Api.given()
                .queryParam("program", program)
                .queryParam("unit", unit)
                .queryParam("asOf", "2024-01-01")
                .queryParam("limit", 1000);
        if (component != null) {
            request.queryParam("component", component);
        }
        if (year != null) {
            request.queryParam("year", year);
        }
        JsonNode page = SummaryJson.parse(request.get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        String body = e.hasNonNull("implementingBody")
                ? Text.key(e.get("implementingBody").asText())
                : null;
        Integer origin = e.hasNonNull("originYear") ? e.get("originYear").asInt() : null;
        long[] sums = new long[4];
        for (JsonNode l : page.get("items")) {
            boolean bodyMatches = body == null
                    || body.equals(Text.key(l.get("implementingBody").asText(null)));
            boolean originMatches = origin == null
                    || (!l.get("originYear").isNull() && l.get("originYear").asInt() == origin);
            if (!bodyMatches || !originMatches) {
                continue;
            }
            long amount = l.get("amountVnd").asLong();
            switch (l.get("measure").asText()) {
                case "ASSIGNED" -> sums[0] += amount;
                case "CARRIED_IN" -> sums[1] += amount;
                case "DISBURSED" -> sums[2] += amount;
                case "CARRIED_OUT" -> sums[3] += amount;
                default -> {}
            }
        }
        return figures(sums);
    }

    /** assigned, carried in, disbursed, carried out → the expectation's figures (available = carried in + assigned). */
    private static DemoFundingAcceptanceTest.Figures figures(long[] s) {
        long available = s[1] + s[0];
        BigDecimal rate = available == 0
                ? null
                : BigDecimal.valueOf(s[2]).divide(BigDecimal.valueOf(available), MathContext.DECIMAL64);
        return new DemoFundingAcceptanceTest.Figures(s[0], available, s[2], s[3], rate);
    }
}
