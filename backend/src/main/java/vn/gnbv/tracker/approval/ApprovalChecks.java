package vn.gnbv.tracker.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.finding.FindingDto;
import vn.gnbv.tracker.finding.FindingService;
import vn.gnbv.tracker.funding.FundingLineRepository;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorValueRepository;
import vn.gnbv.tracker.program.ProgramLookup;

/**
 * What a transition must wait for. Approving waits for the children with figures (when the program asks for that
 * order, the default): a district's approval needs its communes' first. Submitting waits for the open HIGH findings
 * about the sign-off's figures to be explained or confirmed (read through the finding feature). Reopening a sign-off
 * whose ancestor's approval covers it anyway is refused: the ancestor is reopened first.
 */
@ApplicationScoped
class ApprovalChecks {
    /** How many blocking findings or pending children an answer names at most. */
    static final int LISTED = 100;

    @Inject
    SignOffRepository signOffs;

    @Inject
    FundingLineRepository fundingLines;

    @Inject
    IndicatorValueRepository indicatorValues;

    @Inject
    FindingService findings;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    /** 409 when the rules hold the transition to {@code to} up; the answer names what holds it. */
    void require(ApprovalKey key, SignOffStatus to) {
        switch (to) {
            case SUBMITTED -> {
                List<ApprovalDto.BlockingFinding> blocking = blockingFindings(key);
                if (!blocking.isEmpty()) {
                    throw new ApiException(
                            ErrorCode.APPROVAL_BLOCKED_BY_FINDINGS,
                            blocking.size() + (blocking.size() == 1 ? " open finding" : " open findings")
                                    + " of severity HIGH touch these figures; explain or confirm them first",
                            List.of(),
                            new ApprovalDto.Blocked(blocking));
                }
            }
            case APPROVED -> {
                if (!programs.approvalChildrenFirst(key.program().id())) {
                    return;
                }
                List<ApprovalDto.Child> pending = pendingChildren(key);
                if (!pending.isEmpty()) {
                    throw new ApiException(
                            ErrorCode.APPROVAL_CHILDREN_PENDING,
                            "Approve the children's figures first: "
                                    + pending.stream()
                                            .map(c -> c.unit().code() + " "
                                                    + c.unit().name() + " (" + c.status() + ")")
                                            .collect(Collectors.joining(", ")),
                            List.of(),
                            new ApprovalDto.ChildrenPending(pending));
                }
            }
            case DRAFT -> {
                List<UnitRef> above = signOffs.approvedAncestors(
                        key.unit().path(),
                        key.program().id(),
                        key.dataset(),
                        key.period().id());
                if (!above.isEmpty()) {
                    UnitRef a = above.get(0);
                    throw ApiException.conflict(
                            ErrorCode.APPROVAL_TRANSITION_INVALID,
                            "The approval of " + a.code() + " " + a.name() + " covers these figures; reopen it first");
                }
            }
            case RETURNED -> {
                // Returning needs only a reason (checked before).
            }
        }
    }

    /** The children with figures of the key whose sign-offs are not approved (empty when none or none has figures). */
    List<ApprovalDto.Child> pendingChildren(ApprovalKey key) {
        List<Long> children = key.dataset() == SignOffDataset.FUNDING
                ? fundingLines.childrenWithLines(key.unit().id(), key.program().id(), key.year())
                : indicatorValues.childrenWithValues(
                        key.unit().id(), key.period().id());
        Map<Long, SignOffStatus> statuses = signOffs.statuses(
                children, key.program().id(), key.dataset(), key.period().id());
        List<ApprovalDto.Child> out = new ArrayList<>();
        for (Long id : children) {
            SignOffStatus s = statuses.getOrDefault(id, SignOffStatus.DRAFT);
            if (s != SignOffStatus.APPROVED && out.size() < LISTED) {
                units.byId(id).ifPresent(u -> out.add(new ApprovalDto.Child(UnitRef.of(u), s)));
            }
        }
        return out;
    }

    /**
     * The open HIGH findings in the unit's subtree about the key's figures: FUNDING's of its program and fiscal year
     * (the phase: of any year), INDICATORS' of its period.
     */
    List<ApprovalDto.BlockingFinding> blockingFindings(ApprovalKey key) {
        boolean funding = key.dataset() == SignOffDataset.FUNDING;
        return findings
                .open(
                        key.unit().path(),
                        key.dataset().findings(),
                        funding ? key.program().id() : null,
                        funding ? key.year() : null,
                        funding ? null : key.period().id(),
                        FindingDto.Severity.HIGH,
                        LISTED)
                .stream()
                .map(f -> new ApprovalDto.BlockingFinding(
                        f.id(), f.rule(), f.severity().name(), f.unit(), f.fiscalYear(), f.period()))
                .toList();
    }
}
