package vn.gnbv.tracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.program.ProgramLookup;

/**
 * The rule settings, as data: defaults and a program's own. Changing one recomputes every province's findings of the
 * datasets the rule reads (an ADMIN's action, rare and national by nature).
 */
@ApplicationScoped
public class FindingRuleService {
    @Inject
    FindingRuleRepository rules;

    @Inject
    ProgramLookup programs;

    @Inject
    FindingRefresh refresh;

    @Transactional
    public List<FindingDto.Rule> list(String program) {
        Long programId = program == null
                ? null
                : programs.requireProgram("program", program).id();
        List<FindingDto.Rule> out = new ArrayList<>();
        for (FindingRuleCode rule : FindingRuleCode.values()) {
            out.add(view(rule.name(), program, programId));
        }
        return out;
    }

    @Transactional
    public FindingDto.Rule put(FindingRuleCode code, String program, @Valid FindingDto.RuleInput in) {
        String rule = code.name();
        if (in == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body is required");
        }
        requireNonNegative("tolerance", in.tolerance());
        if (in.threshold() != null && in.threshold().signum() <= 0) {
            throw ApiException.invalid("threshold", ViolationCode.OUT_OF_RANGE, "threshold must be above 0");
        }
        Long programId = program == null
                ? null
                : programs.requireProgram("program", program).id();
        FindingRule r = rules.own(rule, programId);
        if (r == null) {
            r = new FindingRule();
            r.rule = rule;
            r.programId = programId;
        }
        r.enabled = in.enabled();
        r.severity = in.severity();
        r.tolerance = in.tolerance();
        r.threshold = in.threshold();
        r.updatedAt = Instant.now();
        rules.persist(r);
        rules.flush();
        refresh.everywhereAfterCommit(Set.of(rule));
        return view(rule, program, programId);
    }

    private FindingDto.Rule view(String rule, String program, Long programId) {
        FindingRule d = rules.own(rule, null);
        FindingRule o = programId == null ? null : rules.own(rule, programId);
        FindingRule e = o != null ? o : d;
        return new FindingDto.Rule(
                rule,
                program,
                e.enabled,
                e.severity,
                o != null && o.tolerance != null ? o.tolerance : d.tolerance,
                o != null && o.threshold != null ? o.threshold : d.threshold,
                o != null);
    }

    private static void requireNonNegative(String field, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw ApiException.invalid(field, ViolationCode.NEGATIVE_VALUE, field + " must not be negative");
        }
    }
}
