package vn.gnbv.tracker.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.JsonPull;

/**
 * A row of {@link IndicatorValueRepository#COLUMNS} (from column 2: column 1 is the page's snapshot xmin) written as
 * the JSON Jackson makes of its {@link IndicatorDtos.ValueView}: the same fields in the same order, nulls written.
 * IndicatorPageJsonTest holds the two equal.
 */
final class IndicatorValueJson {
    private static final SerializableString ID = JsonPull.name("id");
    private static final SerializableString INDICATOR = JsonPull.name("indicator");
    private static final SerializableString UNIT = JsonPull.name("unit");
    private static final SerializableString CODE = JsonPull.name("code");
    private static final SerializableString NAME = JsonPull.name("name");
    private static final SerializableString LEVEL = JsonPull.name("level");
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

    private IndicatorValueJson() {}

    static void write(JsonPull.Row r) throws SQLException, IOException {
        JsonGenerator g = r.generator();
        g.writeStartObject();
        r.number(ID, 2);
        r.string(INDICATOR, 3);
        g.writeFieldName(UNIT);
        g.writeStartObject();
        r.number(ID, 4);
        r.string(CODE, 5);
        r.string(NAME, 6);
        r.string(LEVEL, 7);
        g.writeEndObject();
        r.string(PERIOD, 8);
        r.date(PERIOD_START, 9);
        r.date(PERIOD_END, 10);
        r.string(KIND, 11);
        r.string(CATEGORY, 12);
        r.decimalText(VALUE, 13);
        r.string(NOTE, 14);
        r.number(VERSION, 15);
        r.number(REPORT_ID, 16);
        r.string(LOCATOR, 17);
        r.bool(CURRENT, 18);
        r.string(COMPARATOR, 19);
        g.writeEndObject();
    }
}
