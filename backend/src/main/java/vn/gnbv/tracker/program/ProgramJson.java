package vn.gnbv.tracker.program;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.JsonCells;
import vn.gnbv.tracker.common.ReadMemo;

/** Programs' and components' codes as JSON strings, by id, for pulls that write a row's codes (JsonCells). */
@ApplicationScoped
public class ProgramJson {
    @Inject
    ReadMemo memo;

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper mapper;

    public JsonCells programCodes() {
        return JsonCells.of(memo, "program-code", ds, "select id, code from program", JsonCells.code(mapper));
    }

    public JsonCells componentCodes() {
        return JsonCells.of(
                memo, "component-code", ds, "select id, code from program_component", JsonCells.code(mapper));
    }
}
