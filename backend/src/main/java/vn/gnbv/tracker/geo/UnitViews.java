package vn.gnbv.tracker.geo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The geo API's request and response bodies (openapi.yaml, geo schemas). */
public final class UnitViews {
    private UnitViews() {}

    public record UnitSummary(
            long id,
            String code,
            String name,
            String unitType,
            UnitLevel level,
            UnitRef parent,
            LocalDate validFrom,
            LocalDate validTo,
            Boolean poorDistrict,
            Boolean especiallyDifficult,
            UrbanRural urbanRural,
            long version) {}

    public record UnitDetail(
            long id,
            String code,
            String name,
            String unitType,
            UnitLevel level,
            UnitRef parent,
            List<UnitRef> ancestors,
            LocalDate validFrom,
            LocalDate validTo,
            Boolean poorDistrict,
            Boolean especiallyDifficult,
            UrbanRural urbanRural,
            long childCount,
            long version) {}

    public record UnitInput(
            @NotNull @Size(max = 5) String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String unitType,
            @NotNull UnitLevel level,
            Long parentId,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            Boolean poorDistrict,
            Boolean especiallyDifficult,
            UrbanRural urbanRural) {}

    public record SuccessionLink(UnitRef unit, UnitSuccession.Kind kind, LocalDate effectiveDate) {}

    public record Successions(UnitRef unit, List<SuccessionLink> predecessors, List<SuccessionLink> successors) {}

    public record SuccessionView(
            UnitRef predecessor, UnitRef successor, LocalDate effectiveDate, UnitSuccession.Kind kind) {}

    public record SuccessionInput(
            @NotNull Long predecessorId,
            @NotNull Long successorId,
            @NotNull LocalDate effectiveDate,
            @NotNull UnitSuccession.Kind kind) {}

    static UnitRef ref(AdminUnit u) {
        return new UnitRef(u.id, u.code, u.name, u.level);
    }
}
