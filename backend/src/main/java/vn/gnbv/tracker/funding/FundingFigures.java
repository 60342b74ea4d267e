package vn.gnbv.tracker.funding;

import java.math.BigDecimal;

/**
 * openapi.yaml FundingFigures: every measure summed in exact VND and the derived figures, all computed in SQL
 * ({@link FundingSummarySql#FIGURE_COLUMNS} columns in this order).
 */
public record FundingFigures(
        long mediumTermPlanVnd,
        long assignedVnd,
        long allocatedVnd,
        long disbursedVnd,
        long carriedInVnd,
        long carriedOutVnd,
        long returnedVnd,
        long proposedVnd,
        long mobilizedVnd,
        long availableVnd,
        BigDecimal disbursementRate,
        Long unallocatedVnd,
        Long carriedInNextYearVnd,
        Long carryOverGapVnd,
        Long undisbursedVnd,
        BigDecimal disbursementRateOfAllocated) {

    static FundingFigures fromRow(Object[] r, int o) {
        return new FundingFigures(
                vnd(r[o]),
                vnd(r[o + 1]),
                vnd(r[o + 2]),
                vnd(r[o + 3]),
                vnd(r[o + 4]),
                vnd(r[o + 5]),
                vnd(r[o + 6]),
                vnd(r[o + 7]),
                vnd(r[o + 8]),
                vnd(r[o + 9]),
                (BigDecimal) r[o + 10],
                nullableVnd(r[o + 11]),
                nullableVnd(r[o + 12]),
                nullableVnd(r[o + 13]),
                nullableVnd(r[o + 14]),
                (BigDecimal) r[o + 15]);
    }

    // Sums of bigint are numeric in PostgreSQL; an amount beyond int64 is a data error we refuse to truncate.
    private static long vnd(Object o) {
        return o instanceof BigDecimal d ? d.longValueExact() : ((Number) o).longValue();
    }

    private static Long nullableVnd(Object o) {
        return o == null ? null : vnd(o);
    }
}
