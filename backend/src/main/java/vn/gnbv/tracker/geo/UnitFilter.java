package vn.gnbv.tracker.geo;

import java.time.LocalDate;

/**
 * The list filters after parsing. {@code asOf} null means every version (includeHistory); {@code parentId} already
 * includes a resolved {@code parent} code.
 */
public record UnitFilter(
        UnitLevel level,
        Long parentId,
        Long ancestorId,
        String code,
        String q,
        LocalDate asOf,
        Boolean poorDistrict,
        Boolean especiallyDifficult) {}
