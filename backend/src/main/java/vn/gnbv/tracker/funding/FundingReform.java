package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.gnbv.tracker.geo.ReformCoverage;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;

/**
 * How a funding read model treated the 2025 reform: lines of pre-reform units wholly inside the target are counted
 * (they are the target's history); lines of units split between the target and elsewhere are listed, not counted.
 */
@ApplicationScoped
public class FundingReform {
    /** openapi.yaml FundingReformTreatment. */
    public record Treatment(int mappedUnits, String partialHandling, List<PartialUnit> partialUnits) {}

    public record PartialUnit(UnitRef unit, long lineCount) {}

    /** The coverage of one target plus what the SQL needs: whole ids and the old-unit → child map. */
    public record Scope(List<ReformCoverage.Covered> covered, String wholeIds, String mapOldIds, String mapChildIds) {}

    @Inject
    ReformCoverage coverage;

    @Inject
    FundingLineRepository lines;

    public Scope scope(UnitLookup.Unit target, LocalDate asOf) {
        // Every unit, before and after the reform, is inside the nation: nothing to map in or leave out.
        List<ReformCoverage.Covered> covered = target.national() ? List.of() : coverage.of(target, asOf);
        List<ReformCoverage.Covered> whole =
                covered.stream().filter(ReformCoverage.Covered::whole).toList();
        return new Scope(
                covered,
                ReformCoverage.wholeIds(covered),
                whole.stream().map(c -> String.valueOf(c.unitId())).collect(Collectors.joining(",", "{", "}")),
                whole.stream()
                        .map(c -> c.childId() == null ? "NULL" : String.valueOf(c.childId()))
                        .collect(Collectors.joining(",", "{", "}")));
    }

    /**
     * The treatment to report: how many old units were mapped in, and the split ones that carry lines, limited to
     * units satisfying {@code unitCondition} over {@code u.path} (the caller's scope).
     */
    public Treatment treatment(Scope scope, long programId, String unitCondition) {
        String partialIds = scope.covered().stream()
                .filter(c -> !c.whole())
                .map(c -> String.valueOf(c.unitId()))
                .collect(Collectors.joining(",", "{", "}"));
        List<PartialUnit> partial =
                partialIds.equals("{}") ? List.of() : lines.partialUnits(programId, partialIds, unitCondition);
        int mapped = (int)
                scope.covered().stream().filter(ReformCoverage.Covered::whole).count();
        return new Treatment(mapped, "EXCLUDED", partial);
    }
}
