package vn.gnbv.tracker.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.MaxLength;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.geo.UnitRef;

/** Request and response bodies of /reports. */
public final class ReportDto {
    /** A document number and symbol as printed: {@code 123/BC-UBND}. */
    public static final int NUMBER = 100;
    /** Report notes are shorter than figures' notes: they describe a document, not reconcile numbers. */
    public static final int NOTE = 2000;

    private ReportDto() {}

    public record Input(
            @NotBlank @Size(max = MaxLength.UNIT_CODE) String unit,
            LocalDate unitAsOf,
            @Size(max = MaxLength.CODE) String program,
            @NotBlank @Size(max = NUMBER) String number,
            @NotNull LocalDate issuedOn,
            @NotBlank @Size(max = MaxLength.NAME) String title,
            @Size(max = MaxLength.PERIOD) String period,
            @NotNull ReportKind kind,
            @Size(max = NOTE) String note) {

        /** NFC and trimmed; blank optional text becomes null. */
        Input cleaned() {
            return new Input(
                    Text.clean(unit),
                    unitAsOf,
                    Text.clean(program),
                    Text.clean(number),
                    issuedOn,
                    Text.clean(title),
                    Text.clean(period),
                    kind,
                    Text.clean(note));
        }
    }

    /** The original document's metadata; its bytes are read only at /reports/{id}/file. */
    public record File(String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {}

    /** How many figures of one kind cite a report, by the name of the feature that owns them. */
    public record Figures(String name, long count) {}

    /** A report; {@code figures} only when one report is read or written, never in lists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(
            long id,
            UnitRef unit,
            String program,
            String number,
            LocalDate issuedOn,
            String title,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            ReportKind kind,
            String note,
            File file,
            List<Figures> figures,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        View withFigures(List<Figures> counts) {
            return new View(
                    id,
                    unit,
                    program,
                    number,
                    issuedOn,
                    title,
                    period,
                    periodStart,
                    periodEnd,
                    kind,
                    note,
                    file,
                    counts,
                    version,
                    createdAt,
                    updatedAt);
        }
    }

    /** What deleting a report deleted: its figures per kind, and whether it had a file. */
    public record Deleted(long id, List<Figures> figures, boolean file) {}
}
