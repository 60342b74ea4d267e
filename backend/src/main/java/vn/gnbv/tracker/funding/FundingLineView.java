package vn.gnbv.tracker.funding;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.geo.UnitRef;

/** openapi.yaml FundingLine: the stored line with its codes resolved. */
public record FundingLineView(
        long id,
        String program,
        long programId,
        String component,
        Long componentId,
        UnitRef unit,
        Integer fiscalYear,
        FundingSource source,
        CapitalType capitalType,
        FundingMeasure measure,
        String implementingBody,
        Integer originYear,
        long amountVnd,
        String reference,
        String note,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Long reportId,
        String locator,
        boolean current) {

    /** A row of {@link FundingLineRepository}'s listing statement. */
    static FundingLineView fromRow(Object[] r) {
        return new FundingLineView(
                FundingLineRepository.num(r[0]),
                (String) r[1],
                FundingLineRepository.num(r[2]),
                (String) r[3],
                r[4] == null ? null : FundingLineRepository.num(r[4]),
                FundingLineRepository.unitRef(r, 5),
                r[9] == null ? null : ((Number) r[9]).intValue(),
                FundingSource.valueOf((String) r[10]),
                CapitalType.valueOf((String) r[11]),
                FundingMeasure.valueOf((String) r[12]),
                (String) r[13],
                r[14] == null ? null : ((Number) r[14]).intValue(),
                FundingLineRepository.num(r[15]),
                (String) r[16],
                (String) r[17],
                FundingLineRepository.num(r[18]),
                instant(r[19]),
                instant(r[20]),
                r[21] == null ? null : FundingLineRepository.num(r[21]),
                (String) r[22],
                (Boolean) r[23]);
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
