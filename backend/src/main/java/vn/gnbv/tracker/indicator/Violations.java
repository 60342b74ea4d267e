package vn.gnbv.tracker.indicator;

import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ViolationCode;

/** Collects every invalid field of one request, so a client fixes them all in one round trip. */
final class Violations {
    private final List<ProblemDetail.Violation> list = new ArrayList<>();

    void add(String field, ViolationCode code, String message) {
        list.add(ProblemDetail.Violation.field(field, code, message));
    }

    /** Runs a check that may throw a single-field 422 and keeps its violation instead. */
    <T> T capture(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            list.addAll(e.errors());
            return null;
        }
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw ApiException.invalid(list);
        }
    }
}
