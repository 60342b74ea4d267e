package vn.gnbv.tracker.reading;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.reading.ReadingDtos.BulkDecision;

/** Which proposals a bulk decision names: its ids, or a confidence range (of one dataset), checked. */
final class Bulk {
    static final int MAX_IDS = 10_000;

    private Bulk() {}

    /** SQL over alias p; {@link #params} binds its placeholders in order. */
    record Selection(String where, List<Long> ids, String dataset, BigDecimal min, BigDecimal max) {
        List<Object> params(Connection c) throws SQLException {
            List<Object> out = new ArrayList<>();
            if (ids != null) {
                out.add(c.createArrayOf("bigint", ids.toArray()));
            }
            if (dataset != null) {
                out.add(dataset);
            }
            if (min != null) {
                out.add(min);
            }
            if (max != null) {
                out.add(max);
            }
            return out;
        }

        /** What the audit event records of the selection. */
        Map<String, Object> describe() {
            Map<String, Object> d = new LinkedHashMap<>();
            if (ids != null) {
                d.put("ids", ids.size());
            }
            d.put("dataset", dataset);
            d.put("minConfidence", min);
            d.put("maxConfidence", max);
            return d;
        }
    }

    static Selection select(BulkDecision b) {
        if (b == null) {
            throw ApiException.invalid("status", ViolationCode.MISSING, "A JSON body with status is required");
        }
        List<Violation> errors = new ArrayList<>();
        if (b.status() == null) {
            errors.add(Violation.field("status", ViolationCode.MISSING, "status is required"));
        }
        boolean range = b.minConfidence() != null || b.maxConfidence() != null;
        if (b.ids() == null && !range) {
            errors.add(Violation.field(
                    "ids", ViolationCode.MISSING, "Name the proposals: ids, or minConfidence and/or maxConfidence"));
        }
        if (b.ids() != null && range) {
            errors.add(Violation.field(
                    "ids", ViolationCode.CONFLICTING_PARAMETERS, "ids or a confidence range, not both"));
        }
        if (b.ids() != null && b.ids().size() > MAX_IDS) {
            errors.add(Violation.field("ids", ViolationCode.TOO_LARGE, "At most " + MAX_IDS + " ids at once"));
        }
        if (b.ids() != null && b.ids().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(Violation.field("ids", ViolationCode.INVALID_VALUE, "ids are proposal ids, never null"));
        }
        if (b.dataset() != null && !ProposalRows.DATASETS.contains(b.dataset())) {
            errors.add(Violation.field(
                    "dataset", ViolationCode.UNKNOWN_CODE, "dataset must be one of " + ProposalRows.DATASETS));
        }
        unit(errors, "minConfidence", b.minConfidence());
        unit(errors, "maxConfidence", b.maxConfidence());
        if (b.minConfidence() != null
                && b.maxConfidence() != null
                && b.minConfidence().compareTo(b.maxConfidence()) >= 0) {
            errors.add(Violation.field(
                    "maxConfidence", ViolationCode.EMPTY_RANGE, "maxConfidence must be above minConfidence"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<String> where = new ArrayList<>();
        if (b.ids() != null) {
            where.add("p.id = any(?)");
        }
        if (b.dataset() != null) {
            where.add("p.dataset = ?");
        }
        if (b.minConfidence() != null) {
            where.add("p.confidence >= ?");
        }
        if (b.maxConfidence() != null) {
            where.add("p.confidence < ?");
        }
        return new Selection(
                String.join(" and ", where),
                b.ids() == null ? null : List.copyOf(b.ids()),
                b.dataset(),
                b.minConfidence(),
                b.maxConfidence());
    }

    private static void unit(List<Violation> errors, String field, BigDecimal v) {
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(Violation.field(field, ViolationCode.OUT_OF_RANGE, field + " must lie in [0, 1]"));
        }
    }
}
