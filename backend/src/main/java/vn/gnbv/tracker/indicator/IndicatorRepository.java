package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indicator table: definitions through Panache, and their set-based reads beside them. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {
    /** The indicator with this code, or null. */
    Indicator findByCode(String code) {
        return find("code", code).firstResult();
    }

    /**
     * Up to {@code limit} definitions after the keyset ({@code afterCode}, {@code afterId}), by code; {@code text}
     * matches name or code, folded (case and diacritics).
     */
    List<Indicator> page(Dimension dim, Aggregation agg, String text, String afterCode, Long afterId, int limit) {
        StringBuilder sql = new StringBuilder("select * from indicator where true");
        List<Object> args = new ArrayList<>();
        if (dim != null) {
            args.add(dim.name());
            sql.append(" and dimension = ?").append(args.size());
        }
        if (agg != null) {
            args.add(agg.name());
            sql.append(" and aggregation = ?").append(args.size());
        }
        if (text != null) {
            args.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            String p = "gnbv_fold(?" + args.size() + ")";
            sql.append(" and (gnbv_fold(name_vi) like ")
                    .append(p)
                    .append(" escape '\\' or gnbv_fold(coalesce(name_en, ''))")
                    .append(" like ")
                    .append(p)
                    .append(" escape '\\' or gnbv_fold(code) like ")
                    .append(p)
                    .append(" escape '\\')");
        }
        if (afterCode != null) {
            args.add(afterCode);
            args.add(afterId);
            sql.append(" and (code, id) > (?")
                    .append(args.size() - 1)
                    .append(", ?")
                    .append(args.size())
                    .append(")");
        }
        sql.append(" order by code, id limit ").append(limit);
        var q = getEntityManager().createNativeQuery(sql.toString(), Indicator.class);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Indicator> rows = q.getResultList();
        return rows;
    }

    /** Whether a RATIO definition names this one as its numerator or denominator. */
    boolean isRatioPart(long id) {
        return count("numeratorId = ?1 or denominatorId = ?1", id) > 0;
    }

    /** Whether a definition states changes of this one (change_of_id). */
    boolean isChangeLevel(long id) {
        return count("changeOfId", id) > 0;
    }

    /** The provinces (unit ids) where the indicator has values: where a change of its definition moves findings. */
    @SuppressWarnings("unchecked")
    java.util.Set<Long> provincesOfValues(long id) {
        List<Number> rows = getEntityManager()
                .createNativeQuery("select distinct split_part(u.path, '/', 2)::bigint from indicator_value v"
                        + " join admin_unit u on u.id = v.unit_id where v.indicator_id = ?1")
                .setParameter(1, id)
                .getResultList();
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        rows.forEach(n -> out.add(n.longValue()));
        return out;
    }

    /** Every definition by code with what value rules need, read on a bulk load's own connection. */
    Map<String, Indicator> byCode(Connection c) throws SQLException {
        Map<String, Indicator> out = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, code, unit_of_measure from indicator")) {
            while (rs.next()) {
                Indicator i = new Indicator();
                i.id = rs.getLong(1);
                i.code = rs.getString(2);
                i.unitOfMeasure = UnitOfMeasure.valueOf(rs.getString(3));
                out.put(i.code, i);
            }
        }
        return out;
    }
}
