package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.funding.FundingLineRules;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup.Unit;
import vn.gnbv.tracker.indicator.Indicator;
import vn.gnbv.tracker.indicator.IndicatorValueService;
import vn.gnbv.tracker.indicator.UnitOfMeasure;
import vn.gnbv.tracker.program.ProgramLookup.ComponentRef;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;

/**
 * Every code a batch may name, read once per upload from the upload's own connection: about 15,000 unit versions,
 * the programs with their components and the indicator definitions. The row rules (shared with single writes)
 * resolve against it in memory, so a million rows cost no query each.
 */
final class ReferenceIndex implements FundingLineRules.Refs, IndicatorValueService.Refs {
    private final Map<String, List<Unit>> units = new HashMap<>();
    private final Map<String, ProgramRef> programs = new HashMap<>();
    private final Map<String, ComponentRef> components = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    ReferenceIndex(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs =
                    st.executeQuery("select id, code, name, level, path, valid_from, valid_to from admin_unit")) {
                while (rs.next()) {
                    Unit u = new Unit(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            UnitLevel.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class));
                    units.computeIfAbsent(u.code(), k -> new ArrayList<>(2)).add(u);
                }
            }
            try (ResultSet rs = st.executeQuery("select id, code, start_year, end_year from program")) {
                while (rs.next()) {
                    programs.put(
                            rs.getString(2),
                            new ProgramRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "select id, program_id, code, kind, name_vi, parent_id" + " from program_component")) {
                while (rs.next()) {
                    long parent = rs.getLong(6);
                    ComponentRef ref = new ComponentRef(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.wasNull() ? null : parent);
                    components.put(ref.programId() + "/" + ref.code(), ref);
                }
            }
            try (ResultSet rs = st.executeQuery("select id, code, unit_of_measure, has_categories from indicator")) {
                while (rs.next()) {
                    Indicator i = new Indicator();
                    i.id = rs.getLong(1);
                    i.code = rs.getString(2);
                    i.unitOfMeasure = UnitOfMeasure.valueOf(rs.getString(3));
                    i.hasCategories = rs.getBoolean(4);
                    indicators.put(i.code, i);
                }
            }
        }
    }

    @Override
    public ProgramRef program(String field, String code) {
        ProgramRef p = programs.get(code);
        if (p == null) {
            throw ApiException.invalid(field, ViolationCode.UNKNOWN_PROGRAM, "No program has code " + code);
        }
        return p;
    }

    @Override
    public ComponentRef component(String field, ProgramRef program, String code) {
        ComponentRef c = components.get(program.id() + "/" + code);
        if (c == null) {
            throw ApiException.invalid(
                    field, ViolationCode.UNKNOWN_COMPONENT, "Program " + program.code() + " has no component " + code);
        }
        return c;
    }

    @Override
    public Unit unit(String field, String code, LocalDate at) {
        for (Unit u : units.getOrDefault(code, List.of())) {
            if (!u.validFrom().isAfter(at)
                    && (u.validTo() == null || !u.validTo().isBefore(at))) {
                return u;
            }
        }
        throw ApiException.invalid(
                field, ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at);
    }

    @Override
    public Indicator indicator(String code) {
        return code == null ? null : indicators.get(code);
    }
}
