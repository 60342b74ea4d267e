package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * openapi.yaml FundingMeasures: one amount per measure in exact VND, absent where no line gives it (a reported
 * figure the report never stated is not zero).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingMeasures(
        Long mediumTermPlanVnd,
        Long assignedVnd,
        Long allocatedVnd,
        Long disbursedVnd,
        Long carriedInVnd,
        Long carriedOutVnd,
        Long returnedVnd,
        Long proposedVnd,
        Long mobilizedVnd) {

    static final int COLUMNS = 9;

    /** The measures at columns o … o+8 in {@link FundingMeasure} order; null when none has a value. */
    static FundingMeasures fromRow(Object[] r, int o) {
        Long[] v = new Long[COLUMNS];
        boolean any = false;
        for (int i = 0; i < COLUMNS; i++) {
            Object x = r[o + i];
            v[i] = x == null ? null : x instanceof BigDecimal d ? d.longValueExact() : ((Number) x).longValue();
            any |= x != null;
        }
        return any ? new FundingMeasures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]) : null;
    }
}
