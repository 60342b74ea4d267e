package vn.gnbv.tracker.funding;

import static vn.gnbv.tracker.common.JsonPull.instant;
import static vn.gnbv.tracker.common.JsonPull.number;
import static vn.gnbv.tracker.common.JsonPull.string;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@link FundingLineRepository#COLUMNS} (from column 2: column 1 is the page's snapshot xmin) written as the
 * JSON Jackson makes of its {@link FundingLineView}: the same fields in the same order (the record's), nulls written.
 * FundingLinePageJsonTest holds the two equal.
 */
final class FundingLineJson {
    private FundingLineJson() {}

    static void write(JsonGenerator g, ResultSet rs) throws SQLException, IOException {
        g.writeStartObject();
        number(g, "id", rs, 2);
        string(g, "program", rs, 3);
        number(g, "programId", rs, 4);
        string(g, "component", rs, 5);
        number(g, "componentId", rs, 6);
        g.writeObjectFieldStart("unit");
        number(g, "id", rs, 7);
        string(g, "code", rs, 8);
        string(g, "name", rs, 9);
        string(g, "level", rs, 10);
        g.writeEndObject();
        number(g, "fiscalYear", rs, 11);
        string(g, "source", rs, 12);
        string(g, "capitalType", rs, 13);
        string(g, "measure", rs, 14);
        string(g, "implementingBody", rs, 15);
        number(g, "originYear", rs, 16);
        number(g, "amountVnd", rs, 17);
        string(g, "reference", rs, 18);
        string(g, "note", rs, 19);
        number(g, "version", rs, 20);
        instant(g, "createdAt", rs, 21);
        instant(g, "updatedAt", rs, 22);
        number(g, "reportId", rs, 23);
        string(g, "locator", rs, 24);
        g.writeBooleanField("current", rs.getBoolean(25));
        g.writeEndObject();
    }
}
