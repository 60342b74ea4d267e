package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.JsonPull;

/**
 * A row of {@link FundingLineRepository#COLUMNS} (from column 2: column 1 is the page's snapshot xmin) written as the
 * JSON Jackson makes of its {@link FundingLineView}: the same fields in the same order (the record's), nulls written.
 * FundingPageJsonTest holds the two equal.
 */
final class FundingLineJson {
    private static final SerializableString ID = JsonPull.name("id");
    private static final SerializableString PROGRAM = JsonPull.name("program");
    private static final SerializableString PROGRAM_ID = JsonPull.name("programId");
    private static final SerializableString COMPONENT = JsonPull.name("component");
    private static final SerializableString COMPONENT_ID = JsonPull.name("componentId");
    private static final SerializableString CODE = JsonPull.name("code");
    private static final SerializableString NAME = JsonPull.name("name");
    private static final SerializableString LEVEL = JsonPull.name("level");
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

    private FundingLineJson() {}

    static void write(JsonPull.Row r) throws SQLException, IOException {
        JsonGenerator g = r.generator();
        g.writeStartObject();
        r.number(ID, 2);
        r.string(PROGRAM, 3);
        r.number(PROGRAM_ID, 4);
        r.string(COMPONENT, 5);
        r.number(COMPONENT_ID, 6);
        g.writeFieldName(UNIT);
        g.writeStartObject();
        r.number(ID, 7);
        r.string(CODE, 8);
        r.string(NAME, 9);
        r.string(LEVEL, 10);
        g.writeEndObject();
        r.number(FISCAL_YEAR, 11);
        r.string(SOURCE, 12);
        r.string(CAPITAL_TYPE, 13);
        r.string(MEASURE, 14);
        r.string(IMPLEMENTING_BODY, 15);
        r.number(ORIGIN_YEAR, 16);
        r.number(AMOUNT_VND, 17);
        r.string(REFERENCE, 18);
        r.string(NOTE, 19);
        r.number(VERSION, 20);
        r.instant(CREATED_AT, 21);
        r.instant(UPDATED_AT, 22);
        r.number(REPORT_ID, 23);
        r.string(LOCATOR, 24);
        r.bool(CURRENT, 25);
        g.writeEndObject();
    }
}
