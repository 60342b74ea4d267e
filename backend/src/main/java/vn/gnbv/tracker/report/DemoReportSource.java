package vn.gnbv.tracker.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.ingest.DemoSources;
import vn.gnbv.tracker.program.ProgramLookup;

/**
 * The seed reports as reports (demo/manifest.json, {@code reports}): created at start by the system, once — a report
 * with the same unit, number and date is the same report — so the demo figures are loaded per report.
 */
@ApplicationScoped
public class DemoReportSource implements DemoSources {
    @Inject
    ReportRepository reports;

    @Inject
    UnitLookup units;

    @Inject
    ProgramLookup programs;

    @Inject
    ObjectMapper json;

    @Override
    @Transactional
    public long sourceFor(Map<String, Object> description) {
        Map<String, Object> fields = new HashMap<>(description);
        fields.remove("seed"); // the manifest's key, not a field of the report
        ReportDto.Input in = json.convertValue(fields, ReportDto.Input.class).cleaned();
        // The unit as of the report's date: two seeds come from districts the 2025 reform abolished.
        long unitId = units.require("unit", in.unit(), in.issuedOn()).id();
        return reports.byIdentity(unitId, in.number(), in.issuedOn())
                .map(Report::getId)
                .orElseGet(() -> {
                    Report r = new Report();
                    r.apply(
                            unitId,
                            in.program() == null
                                    ? null
                                    : programs.requireProgram("program", in.program())
                                            .id(),
                            in.period() == null ? null : Period.field("period", in.period()),
                            in);
                    reports.persist(r);
                    return r.getId();
                });
    }
}
