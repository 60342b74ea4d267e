package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The indicator_category table: each indicator's code list, in its sort order. */
@ApplicationScoped
public class IndicatorCategoryRepository implements PanacheRepository<IndicatorCategory> {
    List<IndicatorCategory> of(long indicatorId) {
        return list("indicatorId = ?1 order by sortOrder, code", indicatorId);
    }

    /** The code lists of several indicators at once (a page of definitions), by indicator id. */
    Map<Long, List<IndicatorCategory>> of(Collection<Long> indicatorIds) {
        Map<Long, List<IndicatorCategory>> out = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return out;
        }
        for (IndicatorCategory c : list("indicatorId in ?1 order by sortOrder, code", indicatorIds)) {
            out.computeIfAbsent(c.indicatorId, k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Whether this code of this indicator exists. */
    boolean exists(long indicatorId, String code) {
        return count("indicatorId = ?1 and code = ?2", indicatorId, code) > 0;
    }

    /** Whether any value of the indicator carries this code. */
    boolean inUse(long indicatorId, String code) {
        return !getEntityManager()
                .createNativeQuery("select 1 from indicator_value where indicator_id = ?1 and category = ?2 limit 1")
                .setParameter(1, indicatorId)
                .setParameter(2, code)
                .getResultList()
                .isEmpty();
    }

    /** Every indicator's codes, read on a bulk load's own connection (the upload's row rules check against them). */
    Map<Long, Set<String>> codes(Connection c) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select indicator_id, code from indicator_category")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }
}
