package vn.gnbv.tracker.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.JsonCells;
import vn.gnbv.tracker.common.JsonPull;

/**
 * A row of {@link #COLUMNS} (from column 2: column 1 is the page's snapshot xmin) written as the JSON Jackson makes of
 * its {@link IndicatorDtos.ValueView}: the same fields in the same order, nulls written, the indicator's code and the
 * unit from the catalogue's cells (common/JsonCells). IndicatorPageJsonTest holds the two equal.
 */
final class IndicatorValueJson {
    private static final SerializableString ID = JsonPull.name("id");
    private static final SerializableString INDICATOR = JsonPull.name("indicator");
    private static final SerializableString UNIT = JsonPull.name("unit");
    private static final SerializableString PERIOD = JsonPull.name("period");
    private static final SerializableString PERIOD_START = JsonPull.name("periodStart");
    private static final SerializableString PERIOD_END = JsonPull.name("periodEnd");
    private static final SerializableString KIND = JsonPull.name("kind");
    private static final SerializableString CATEGORY = JsonPull.name("category");
    private static final SerializableString VALUE = JsonPull.name("value");
    private static final SerializableString NOTE = JsonPull.name("note");
    private static final SerializableString VERSION = JsonPull.name("version");
    private static final SerializableString REPORT_ID = JsonPull.name("reportId");
    private static final SerializableString LOCATOR = JsonPull.name("locator");
    private static final SerializableString CURRENT = JsonPull.name("current");
    private static final SerializableString COMPARATOR = JsonPull.name("comparator");

    /** The value's own columns, in the order {@link #write} reads them. */
    static final String COLUMNS = "v.id, v.indicator_id, v.unit_id, v.period, v.period_start, v.period_end, v.kind,"
            + " v.category, v.value, v.note, v.version, v.report_id, v.locator, v.current, v.comparator";

    private IndicatorValueJson() {}

    static void write(JsonPull.Row r, JsonCells indicators, JsonCells units) throws SQLException, IOException {
        JsonGenerator g = r.generator();
        g.writeStartObject();
        r.number(ID, 2);
        r.cell(INDICATOR, 3, indicators);
        r.cell(UNIT, 4, units);
        r.string(PERIOD, 5);
        r.date(PERIOD_START, 6);
        r.date(PERIOD_END, 7);
        r.string(KIND, 8);
        r.string(CATEGORY, 9);
        r.decimalText(VALUE, 10);
        r.string(NOTE, 11);
        r.number(VERSION, 12);
        r.number(REPORT_ID, 13);
        r.string(LOCATOR, 14);
        r.bool(CURRENT, 15);
        r.string(COMPARATOR, 16);
        g.writeEndObject();
    }
}
