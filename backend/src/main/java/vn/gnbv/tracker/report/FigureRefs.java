package vn.gnbv.tracker.report;

import java.time.LocalDate;
import vn.gnbv.tracker.geo.UnitIndex;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramIndex;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ComponentRef;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;

/**
 * How a figure's row rules resolve its codes (program, component, unit at a date, report), each a 422 naming the
 * field when unknown: against the database for a single write, against one batch's in-memory indexes for an upload,
 * so both paths run the same rules.
 */
public interface FigureRefs {
    ProgramRef program(String field, String code);

    ComponentRef component(String field, ProgramRef program, String code);

    UnitLookup.Unit unit(String field, String code, LocalDate at);

    ReportRef report(String field, long id);

    /** Codes resolved in the database (single writes). */
    static FigureRefs live(ProgramLookup programs, UnitLookup units, ReportLookup reports) {
        return new FigureRefs() {
            public ProgramRef program(String field, String code) {
                return programs.requireProgram(field, code);
            }

            public ComponentRef component(String field, ProgramRef program, String code) {
                return programs.requireComponent(field, program, code);
            }

            public UnitLookup.Unit unit(String field, String code, LocalDate at) {
                return units.require(field, code, at);
            }

            public ReportRef report(String field, long id) {
                return reports.byId(id).orElseThrow(() -> BatchReports.unknown(field, id));
            }
        };
    }

    /** Codes resolved against one upload batch's indexes, loaded once before its rows are read. */
    static FigureRefs batch(ProgramIndex programs, UnitIndex units, BatchReports reports) {
        return new FigureRefs() {
            public ProgramRef program(String field, String code) {
                return programs.requireProgram(field, code);
            }

            public ComponentRef component(String field, ProgramRef program, String code) {
                return programs.requireComponent(field, program, code);
            }

            public UnitLookup.Unit unit(String field, String code, LocalDate at) {
                return units.require(field, code, at);
            }

            public ReportRef report(String field, long id) {
                return reports.require(field, id);
            }
        };
    }
}
