package vn.gnbv.tracker.security;

import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.geo.UnitLevel;

/** The caller (GET /api/v1/me): who, with which realm roles, and the units of their scope claim. */
public record Me(String username, String name, List<String> roles, boolean national, List<ScopeUnit> units) {

    /** A scope unit by the version of its code valid today, else its latest. */
    public record ScopeUnit(
            long id,
            String code,
            String name,
            String nameEn,
            UnitLevel level,
            LocalDate validFrom,
            LocalDate validTo) {}

    // Longest first: "Thành phố" before any shorter designation that could prefix it.
    private static final List<String[]> DESIGNATIONS = List.of(
            new String[] {"Thành phố ", "City"},
            new String[] {"Thị trấn ", "Township"},
            new String[] {"Đặc khu ", "Special Zone"},
            new String[] {"Thị xã ", "Town"},
            new String[] {"Phường ", "Ward"},
            new String[] {"Huyện ", "District"},
            new String[] {"Quận ", "Urban District"},
            new String[] {"Tỉnh ", "Province"},
            new String[] {"Xã ", "Commune"});

    /** "Tỉnh Lai Châu" → "Lai Châu Province"; a name without a known designation stays as it is. */
    static String english(String name) {
        for (String[] d : DESIGNATIONS) {
            if (name.startsWith(d[0]) && name.length() > d[0].length()) {
                return name.substring(d[0].length()) + " " + d[1];
            }
        }
        return name;
    }
}
