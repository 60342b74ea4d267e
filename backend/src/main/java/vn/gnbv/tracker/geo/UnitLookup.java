package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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
    /** A unit version as other features see it; {@code path} is the materialised ancestry of ids. */
    public record Unit(
            long id, String code, String name, UnitLevel level, String path, LocalDate validFrom, LocalDate validTo) {
        public boolean contains(Unit other) {
            return other.path.startsWith(path);
        }
    }

    private static final String COLS = "id, code, name, level, path, valid_from, valid_to";

    @Inject
    EntityManager em;

    public Optional<Unit> resolve(String code, LocalDate at) {
        List<?> rows = em.createNativeQuery("select " + COLS + " from admin_unit where code = ?1 and valid_from <= ?2"
                        + " and (valid_to is null or valid_to >= ?2)")
                .setParameter(1, code)
                .setParameter(2, at)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(map((Object[]) rows.get(0)));
    }

    /** Resolves or answers 422 naming {@code field}: the code does not name a unit at that date. */
    public Unit require(String field, String code, LocalDate at) {
        return resolve(code, at)
                .orElseThrow(() -> ApiException.invalid(
                        field, ViolationCode.UNKNOWN_UNIT, "No administrative unit has code " + code + " on " + at));
    }

    public Optional<Unit> byId(long id) {
        List<?> rows = em.createNativeQuery("select " + COLS + " from admin_unit where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(map((Object[]) rows.get(0)));
    }

    private static Unit map(Object[] r) {
        return new Unit(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                UnitLevel.valueOf((String) r[3]),
                (String) r[4],
                toDate(r[5]),
                toDate(r[6]));
    }

    private static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
