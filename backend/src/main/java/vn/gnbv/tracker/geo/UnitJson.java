package vn.gnbv.tracker.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.JsonCells;
import vn.gnbv.tracker.common.ReadMemo;

/** Every unit version as the JSON of its {@link UnitRef}, by id, for pulls that write a row's unit (JsonCells). */
@ApplicationScoped
public class UnitJson {
    @Inject
    ReadMemo memo;

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper mapper;

    public JsonCells cells() {
        return JsonCells.of(
                memo,
                "unit",
                ds,
                "select id, code, name, level from admin_unit",
                rs -> JsonCells.json(
                        mapper,
                        new UnitRef(
                                rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)))));
    }
}
