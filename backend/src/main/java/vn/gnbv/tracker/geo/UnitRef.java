package vn.gnbv.tracker.geo;

/** openapi.yaml UnitRef: how every response names an administrative unit version. */
public record UnitRef(long id, String code, String name, UnitLevel level) {
    public static UnitRef of(UnitLookup.Unit u) {
        return new UnitRef(u.id(), u.code(), u.name(), u.level());
    }
}
