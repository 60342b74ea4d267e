package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;

/**
 * A funding line as clients (and the demo loader) write it: codes, not ids. The code-list fields are strings so
 * that an unknown code is a 422 naming the field, like every other rule; integers reject fractions (400) instead
 * of silently truncating money.
 */
public record FundingLineInput(
        String program,
        String component,
        String unit,
        LocalDate unitAsOf,

        @JsonDeserialize(using = WholeNumbers.IntDeserializer.class)
        Integer fiscalYear,

        String source,
        String capitalType,
        String measure,
        String implementingBody,

        @JsonDeserialize(using = WholeNumbers.IntDeserializer.class)
        Integer originYear,

        @JsonDeserialize(using = WholeNumbers.LongDeserializer.class)
        Long amountVnd,

        String reference,
        String note) {}
