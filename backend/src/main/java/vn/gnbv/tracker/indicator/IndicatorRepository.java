package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The indicator table: definitions through Panache, and their set-based reads beside them. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {
    /** Every definition by code with what value rules need, read on a bulk load's own connection. */
    Map<String, Indicator> byCode(Connection c) throws SQLException {
        Map<String, Indicator> out = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, code, unit_of_measure, has_categories from indicator")) {
            while (rs.next()) {
                Indicator i = new Indicator();
                i.id = rs.getLong(1);
                i.code = rs.getString(2);
                i.unitOfMeasure = UnitOfMeasure.valueOf(rs.getString(3));
                i.hasCategories = rs.getBoolean(4);
                out.put(i.code, i);
            }
        }
        return out;
    }
}
