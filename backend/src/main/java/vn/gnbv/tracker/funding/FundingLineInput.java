package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.MaxLength;

/**
 * A funding line as clients (and the demo loader) write it: codes, not ids. The code-list fields are strings so
 * that an unknown code is a 422 naming the field, like every other rule; integers reject fractions (400) instead
 * of silently truncating money.
 */
public record FundingLineInput(
        @Size(max = MaxLength.CODE) String program,
        @Size(max = MaxLength.CODE) String component,
        @Size(max = MaxLength.UNIT_CODE) String unit,
        LocalDate unitAsOf,

        @JsonDeserialize(using = WholeNumbers.IntDeserializer.class)
        Integer fiscalYear,

        @Size(max = MaxLength.CODE) String source,
        @Size(max = MaxLength.CODE) String capitalType,
        @Size(max = MaxLength.CODE) String measure,
        @Size(max = MaxLength.NAME) String implementingBody,

        @JsonDeserialize(using = WholeNumbers.IntDeserializer.class)
        Integer originYear,

        @JsonDeserialize(using = Decimals.VndDeserializer.class)
        Long amountVnd,

        @Size(max = MaxLength.REFERENCE) String reference,
        @Size(max = MaxLength.NOTE) String note,
        Long reportId,
        @Size(max = MaxLength.LOCATOR) String locator) {}
