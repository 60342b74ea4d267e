package vn.gnbv.tracker.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.indicator.IndicatorRepository;
import vn.gnbv.tracker.program.ComponentRepository;
import vn.gnbv.tracker.program.Program;
import vn.gnbv.tracker.program.ProgramComponent;
import vn.gnbv.tracker.program.ProgramRepository;

/**
 * The extractor's catalogue from the database, for one report: the phases and their components (program feature),
 * the units below the report's unit by name as of its date (geo's resolution), the indicator codes. Read once per
 * extraction into memory.
 */
@ApplicationScoped
public class DbCatalogue {
    @Inject
    ProgramRepository programs;

    @Inject
    ComponentRepository components;

    @Inject
    IndicatorRepository indicators;

    @Inject
    UnitLookup units;

    /** A catalogue for reading a report of {@code unitCode} issued on {@code at}. */
    @Transactional
    public Catalogue forReport(String unitCode, LocalDate at) {
        UnitLookup.Unit within = units.resolve(unitCode, at).orElse(null);
        List<Catalogue.Program> phases = programs.listAll().stream()
                .map(p -> new Catalogue.Program(p.getCode(), p.getStartYear(), p.getEndYear()))
                .toList();
        Map<String, List<Catalogue.Component>> byProgram = new HashMap<>();
        for (Program p : programs.listAll()) {
            List<ProgramComponent> all = components.ofProgram(p.getId());
            Map<Long, String> codes = new HashMap<>();
            all.forEach(c -> codes.put(c.getId(), c.getCode()));
            byProgram.put(
                    p.getCode(),
                    all.stream()
                            .map(c -> new Catalogue.Component(
                                    c.getCode(),
                                    c.getKind().name(),
                                    c.getSortOrder(),
                                    c.getParentId() == null ? null : codes.get(c.getParentId()),
                                    c.getNameVi()))
                            .toList());
        }
        Set<String> indicatorCodes = new HashSet<>();
        indicators.listAll().forEach(i -> indicatorCodes.add(i.code));
        Map<String, Optional<String>> named = new HashMap<>();
        UnitLookup.Unit top = within;
        while (top != null && top.parentId() != null) {
            top = units.byId(top.parentId()).orElse(null);
        }
        Optional<String> province = top == null || top == within ? Optional.empty() : Optional.of(top.code());
        return new Catalogue() {
            @Override
            public List<Program> programs() {
                return phases;
            }

            @Override
            public List<Component> components(String program) {
                return byProgram.getOrDefault(program, List.of());
            }

            @Override
            public Optional<String> unitNamed(String name) {
                if (within == null) {
                    return Optional.empty();
                }
                return named.computeIfAbsent(
                        name, n -> units.named(within, n, at).map(UnitLookup.Unit::code));
            }

            @Override
            public boolean indicatorExists(String code) {
                return indicatorCodes.contains(code);
            }

            @Override
            public Optional<String> province() {
                return province;
            }
        };
    }
}
