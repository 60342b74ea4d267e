package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * Resolves unit codes at a date and units by id, for every feature. Codes have 2, 3 or 5 digits by level, so a code
 * names at most one unit at any date (the database forbids overlapping validity per level and code).
 */
@ApplicationScoped
public class UnitLookup {
    /** The root of a materialised path ('/12/345/' → 12): the province of every unit under it. */
    public static long provinceOf(String path) {
        return Long.parseLong(path.substring(1, path.indexOf('/', 1)));
    }

    /** A unit version as other features see it; {@code path} is the materialised ancestry of ids. */
    public record Unit(
            long id, String code, String name, UnitLevel level, String path, LocalDate validFrom, LocalDate validTo) {
        public boolean contains(Unit other) {
            return other.path.startsWith(path);
        }

        public boolean within(Unit ancestor) {
            return path.startsWith(ancestor.path);
        }

        /** The whole country ({@link #NATION}), not a stored unit: nothing is recorded on it. */
        public boolean national() {
            return level == UnitLevel.NATION;
        }

        public boolean validAt(LocalDate d) {
            return !validFrom.isAfter(d) && (validTo == null || !validTo.isBefore(d));
        }

        /** The province the unit lies in: the root of its path, as admin_unit.province_id (V100) has it. */
        public long provinceId() {
            return provinceOf(path);
        }

        /** The parent's id, read off the path ('/12/345/' → 12); null for a province. */
        public Long parentId() {
            int end = path.lastIndexOf('/', path.length() - 2);
            if (end <= 0) {
                return null;
            }
            return Long.valueOf(path.substring(path.lastIndexOf('/', end - 1) + 1, end));
        }
    }

    /** The code of the whole country in read models that aggregate (summaries, drill-downs). */
    public static final String NATION_CODE = "VN";

    /** Every path starts with '/', so the nation's subtree is every unit; id 0 is never a stored unit's. */
    public static final Unit NATION =
            new Unit(0, NATION_CODE, "Việt Nam", UnitLevel.NATION, "/", LocalDate.of(1945, 9, 2), null);

    @Inject
    AdminUnitRepository units;

    public Optional<Unit> resolve(String code, LocalDate at) {
        return units.validAt(code, at);
    }

    /** Resolves or answers 422 naming {@code field}: the code does not name a unit at that date. */
    public Unit require(String field, String code, LocalDate at) {
        return resolve(code, at)
                .orElseThrow(() -> ApiException.invalid(
                        field, ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at));
    }

    /**
     * Like {@link #require}, but {@value #NATION_CODE} names the whole country: for reads that aggregate a subtree,
     * never for a figure's own unit.
     */
    public Unit requireArea(String field, String code, LocalDate at) {
        return NATION_CODE.equals(code) ? NATION : require(field, code, at);
    }

    /**
     * The one unit below {@code within} named {@code name} on {@code at} (diacritics, case and NFC/NFD ignored, as the
     * unit search compares names); empty when none or several are so named.
     */
    public Optional<Unit> named(Unit within, String name, LocalDate at) {
        List<Unit> found = units.named(within.path(), name, at);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Unit> byId(long id) {
        return units.unit(id);
    }

    /** The provinces valid at {@code at}, by code: the children of {@link #NATION}. */
    public List<Unit> provincesAt(LocalDate at) {
        return units.provincesAt(at);
    }

    /** Every version of the unit with this code (Lai Châu 12 before and after the reform). */
    public List<Unit> versions(String code) {
        return units.versions(code);
    }

    /** The units of the subtree of {@code root}, itself included, in any validity. */
    public List<Unit> subtree(Unit root) {
        return units.subtree(root.path());
    }

    public List<String> paths(Collection<Long> ids) {
        return units.paths(ids);
    }
}
