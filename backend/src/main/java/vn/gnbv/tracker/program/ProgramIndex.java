package vn.gnbv.tracker.program;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.program.ProgramLookup.ComponentRef;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;

/**
 * Every program and component in memory, read once from a given connection, for bulk loads. Answers as
 * {@link ProgramLookup} does.
 */
public final class ProgramIndex {
    private final Map<String, ProgramRef> programs = new HashMap<>();
    private final Map<String, ComponentRef> components = new HashMap<>();

    private ProgramIndex() {}

    public static ProgramIndex load(Connection c) throws SQLException {
        ProgramIndex index = new ProgramIndex();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id, code, start_year, end_year from program")) {
                while (rs.next()) {
                    index.programs.put(
                            rs.getString(2),
                            new ProgramRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            try (ResultSet rs =
                    st.executeQuery("select id, program_id, code, kind, name_vi, parent_id from program_component")) {
                while (rs.next()) {
                    long parent = rs.getLong(6);
                    ComponentRef ref = new ComponentRef(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.wasNull() ? null : parent);
                    index.components.put(ref.programId() + "/" + ref.code(), ref);
                }
            }
        }
        return index;
    }

    /** The program with this code, or 422 naming {@code field}. */
    public ProgramRef requireProgram(String field, String code) {
        ProgramRef p = programs.get(code);
        if (p == null) {
            throw ApiException.invalid(field, ViolationCode.UNKNOWN_PROGRAM, "No program has code " + code);
        }
        return p;
    }

    /** The component with this code in the program, or 422 naming {@code field}. */
    public ComponentRef requireComponent(String field, ProgramRef program, String code) {
        ComponentRef c = components.get(program.id() + "/" + code);
        if (c == null) {
            throw ApiException.invalid(
                    field, ViolationCode.UNKNOWN_COMPONENT, "Program " + program.code() + " has no component " + code);
        }
        return c;
    }
}
