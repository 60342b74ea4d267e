package vn.gnbv.tracker.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.extract.Proposal;
import vn.gnbv.tracker.extract.Reason;
import vn.gnbv.tracker.ingest.UploadReport;

/** The reading feature's bodies, as openapi.yaml names them (tag reading). */
public final class ReadingDtos {
    private ReadingDtos() {}

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    /**
     * ProposalFields: a proposed figure's row with the upload's JSON field names; the other datasets' fields are
     * absent (null, not written). The limits are the upload row's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fields(
            @Size(max = 64) String program,
            @Size(max = 64) String component,
            @Size(max = 16) String unit,
            Integer year,
            @Size(max = 64) String source,
            @Size(max = 64) String capitalType,
            @Size(max = 64) String measure,
            @Size(max = 500) String implementingBody,
            Integer originYear,
            Long amountVnd,
            @Size(max = 64) String indicator,
            @Size(max = 20) String period,
            @Size(max = 64) String kind,
            @Size(max = 200) String category,
            @Size(max = 100) String value,
            @Size(max = 500) String name,
            @Size(max = 64) String status,
            Long budgetStateVnd,
            Long budgetPeopleCounterpartVnd,
            Long budgetOtherVnd,
            Integer householdsPoor,
            Integer householdsNearPoor,
            Integer householdsNewlyEscaped,
            Integer householdsEthnicMinority,
            Integer householdsOther) {
        /** A proposed funding line's row: its key and amount. */
        static Fields funding(Proposal p) {
            return new Fields(
                    p.program(),
                    p.component(),
                    p.unit(),
                    p.year(),
                    p.source(),
                    p.capitalType(),
                    p.measure(),
                    p.implementingBody(),
                    p.originYear(),
                    p.amountVnd(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        /** A proposed indicator value's row (no program: indicators are the catalogue's), the value as written. */
        static Fields indicatorValue(Proposal p) {
            String value =
                    p.value() == null ? null : p.value().stripTrailingZeros().toPlainString();
            return new Fields(
                    null,
                    null,
                    p.unit(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    p.indicator(),
                    p.period(),
                    p.kind(),
                    p.category(),
                    value,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        /** A proposed local project's row, under its program's component at a unit. */
        static Fields localProject(Proposal p) {
            Proposal.Project l = p.project();
            return new Fields(
                    p.program(),
                    p.component(),
                    p.unit(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    l.name(),
                    l.status(),
                    l.budgetStateVnd(),
                    l.budgetPeopleCounterpartVnd(),
                    l.budgetOtherVnd(),
                    l.householdsPoor(),
                    l.householdsNearPoor(),
                    l.householdsNewlyEscaped(),
                    l.householdsEthnicMinority(),
                    l.householdsOther());
        }
    }

    public record Citation(String locator, int start, int end) {}

    /** ProposalReason: a reason for doubt by its code, with the label's parameters and an English message. */
    public record ReasonView(
            Reason.Code code,
            String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> params) {}

    public record ProposalView(
            long id,
            long reportId,
            long readingId,
            String dataset,
            Status status,
            double confidence,
            List<ReasonView> reasons,
            String quote,
            List<Citation> citations,
            Fields fields,
            Fields proposed,
            boolean edited,
            String decidedBy,
            Instant decidedAt,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    /** ProposalCounts; {@code dataset} null for the total. */
    public record Counts(
            @JsonInclude(JsonInclude.Include.NON_NULL) String dataset,
            long total,
            long pending,
            long accepted,
            long rejected) {}

    public record ReadingView(
            long id,
            long reportId,
            String status,
            String failure,
            String readerVersion,
            String fileName,
            String fileSha256,
            Instant startedAt,
            Instant finishedAt,
            String readBy,
            long proposed,
            long replaced,
            long kept,
            Counts proposals,
            List<Counts> datasets,
            Instant committedAt) {}

    public record Decision(Status status, @Valid Fields fields) {}

    public record BulkDecision(
            Status status,
            List<Long> ids,
            String dataset,
            BigDecimal minConfidence,
            BigDecimal maxConfidence,
            Boolean overrule) {}

    public record BulkResult(Status status, long changed, long skipped, List<Long> ids) {}

    /** ProposalViolation: a commit's row error, named by its proposal. */
    public record Violation(
            long proposalId,
            String dataset,
            @JsonInclude(JsonInclude.Include.NON_NULL) String field,
            ViolationCode code,
            String message) {}

    public record Commit(
            long reportId, boolean dryRun, boolean rejected, List<UploadReport> uploads, List<Violation> errors) {}

    /** The member a refused commit's problem adds (ProposalCommitProblem.commit). */
    public record CommitProblem(Commit commit) {}
}
