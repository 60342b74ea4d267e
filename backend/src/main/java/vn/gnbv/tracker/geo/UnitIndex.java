package vn.gnbv.tracker.geo;

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

/**
 * Every unit version (about 15,000) in memory, read once from a given connection: bulk loads resolve a million
 * unit codes against it instead of asking the database a million times. Answers as {@link UnitLookup#require} does.
 */
public final class UnitIndex {
    private final Map<String, List<UnitLookup.Unit>> byCode = new HashMap<>();

    private UnitIndex() {}

    public static UnitIndex load(Connection c) throws SQLException {
        UnitIndex index = new UnitIndex();
        try (Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("select id, code, name, level, path, valid_from, valid_to from admin_unit")) {
            while (rs.next()) {
                UnitLookup.Unit u = new UnitLookup.Unit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class));
                index.byCode.computeIfAbsent(u.code(), k -> new ArrayList<>(2)).add(u);
            }
        }
        return index;
    }

    /** The unit with this code on {@code at}, or 422 naming {@code field}. */
    public UnitLookup.Unit require(String field, String code, LocalDate at) {
        for (UnitLookup.Unit u : byCode.getOrDefault(code, List.of())) {
            if (!u.validFrom().isAfter(at)
                    && (u.validTo() == null || !u.validTo().isBefore(at))) {
                return u;
            }
        }
        throw ApiException.invalid(
                field, ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at);
    }
}
