package vn.gnbv.tracker.geo;

/** Whether a unit is urban or rural, where known. */
public enum UrbanRural {
    URBAN,
    RURAL;

    /** The unambiguous cases only: phường and thị trấn are urban, xã is rural; anything else is not known. */
    public static UrbanRural ofUnitType(String unitType) {
        if (unitType == null) {
            return null;
        }
        return switch (unitType) {
            case "Phường", "Thị trấn" -> URBAN;
            case "Xã" -> RURAL;
            default -> null;
        };
    }
}
