package vn.gnbv.tracker.finding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.geo.UnitRef;

/** The finding resources as openapi.yaml shows them. */
public final class FindingDto {
    private FindingDto() {}

    /** One figure involved: its dataset and id, its role in the relation, its value, report and locator. */
    public record Figure(String dataset, long id, String role, BigDecimal value, Long reportId, String locator) {}

    public record View(
            long id,
            String rule,
            String dataset,
            Severity severity,
            FindingStatus status,
            UnitRef unit,
            String program,
            String indicator,
            Integer fiscalYear,
            String period,
            Map<String, Object> subject,
            String relation,
            BigDecimal expected,
            BigDecimal actual,
            BigDecimal difference,
            List<Figure> figures,
            List<Long> reportIds,
            String note,
            String statusBy,
            Instant statusAt,
            Instant detectedAt,
            Instant updatedAt,
            int version) {}

    /** A manager's decision: OPEN again, EXPLAINED or CONFIRMED (an error in the report), with a note for the latter. */
    public record StatusInput(
            @NotNull FindingStatus status, @Size(max = 4000) String note) {}

    /** Counts of one rule's findings within one unit's subtree, by status. */
    public record SummaryRow(UnitRef unit, String rule, long open, long explained, long confirmed, long resolved) {}

    public record Summary(UnitRef unit, List<SummaryRow> items) {}

    /** A rule's settings as they apply to a program (or, program null, the defaults and indicators). */
    public record Rule(
            String rule,
            String program,
            boolean enabled,
            Severity severity,
            BigDecimal tolerance,
            BigDecimal threshold,
            boolean programOverride) {}

    public record RuleInput(
            @NotNull Boolean enabled, @NotNull Severity severity, BigDecimal tolerance, BigDecimal threshold) {}

    public enum Severity {
        LOW,
        MEDIUM,
        HIGH
    }
}
