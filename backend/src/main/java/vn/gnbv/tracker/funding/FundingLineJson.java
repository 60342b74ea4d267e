package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.JsonCells;
import vn.gnbv.tracker.common.JsonPull;

/**
 * A row of {@link #COLUMNS} (from column 2: column 1 is the page's snapshot xmin) written as the JSON Jackson makes of
 * its {@link FundingLineView}: the same fields in the same order (the record's), nulls written, the program's and
 * component's codes and the unit from the catalogue's cells (common/JsonCells) rather than joined into every row.
 * FundingPageJsonTest holds the two equal.
 */
final class FundingLineJson {
    private static final SerializableString ID = JsonPull.name("id");
    private static final SerializableString PROGRAM = JsonPull.name("program");
    private static final SerializableString PROGRAM_ID = JsonPull.name("programId");
    private static final SerializableString COMPONENT = JsonPull.name("component");
    private static final SerializableString COMPONENT_ID = JsonPull.name("componentId");
    private static final SerializableString FISCAL_YEAR = JsonPull.name("fiscalYear");
    private static final SerializableString SOURCE = JsonPull.name("source");
    private static final SerializableString CAPITAL_TYPE = JsonPull.name("capitalType");
    private static final SerializableString MEASURE = JsonPull.name("measure");
    private static final SerializableString IMPLEMENTING_BODY = JsonPull.name("implementingBody");
    private static final SerializableString ORIGIN_YEAR = JsonPull.name("originYear");
    private static final SerializableString AMOUNT_VND = JsonPull.name("amountVnd");
    private static final SerializableString REFERENCE = JsonPull.name("reference");
    private static final SerializableString NOTE = JsonPull.name("note");
    private static final SerializableString VERSION = JsonPull.name("version");
    private static final SerializableString CREATED_AT = JsonPull.name("createdAt");
    private static final SerializableString UPDATED_AT = JsonPull.name("updatedAt");
    private static final SerializableString REPORT_ID = JsonPull.name("reportId");
    private static final SerializableString LOCATOR = JsonPull.name("locator");
    private static final SerializableString CURRENT = JsonPull.name("current");
    private static final SerializableString UNIT = JsonPull.name("unit");

    /** The line's own columns, in the order {@link #write} reads them. */
    static final String COLUMNS = "f.id, f.program_id, f.component_id, f.unit_id, f.fiscal_year, f.source,"
            + " f.capital_type, f.measure, f.implementing_body, f.origin_year, f.amount_vnd, f.reference, f.note,"
            + " f.version, f.created_at, f.updated_at, f.report_id, f.locator, f.current";

    /** The catalogue's cells a page's rows are written with, taken once per page. */
    record Cells(JsonCells programs, JsonCells components, JsonCells units) {}

    private FundingLineJson() {}

    static void write(JsonPull.Row r, Cells cells) throws SQLException, IOException {
        JsonGenerator g = r.generator();
        g.writeStartObject();
        r.number(ID, 2);
        r.cell(PROGRAM, 3, cells.programs());
        r.number(PROGRAM_ID, 3);
        r.cell(COMPONENT, 4, cells.components());
        r.number(COMPONENT_ID, 4);
        r.cell(UNIT, 5, cells.units());
        r.number(FISCAL_YEAR, 6);
        r.string(SOURCE, 7);
        r.string(CAPITAL_TYPE, 8);
        r.string(MEASURE, 9);
        r.string(IMPLEMENTING_BODY, 10);
        r.number(ORIGIN_YEAR, 11);
        r.number(AMOUNT_VND, 12);
        r.string(REFERENCE, 13);
        r.string(NOTE, 14);
        r.number(VERSION, 15);
        r.instant(CREATED_AT, 16);
        r.instant(UPDATED_AT, 17);
        r.number(REPORT_ID, 18);
        r.string(LOCATOR, 19);
        r.bool(CURRENT, 20);
        g.writeEndObject();
    }
}
