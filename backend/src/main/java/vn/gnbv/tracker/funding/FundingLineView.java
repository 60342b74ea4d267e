package vn.gnbv.tracker.funding;

import java.time.Instant;
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
        Instant updatedAt) {}
