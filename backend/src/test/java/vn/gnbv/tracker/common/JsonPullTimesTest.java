package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * JsonPull writes a timestamptz as Instant.toString whether the driver hands it over as text (a statement's first
 * executions on a connection) or in binary (once the statement is prepared on the server, where JsonPull reads the
 * microseconds itself): both modes forced on their own connections must give exactly Jackson's text of the value,
 * through the per-column memory of the last values (repeats, a value again after others, values a microsecond apart, nulls, times before 1970 and
 * before 2000, ±infinity as the driver maps them).
 */
@QuarkusTest
class JsonPullTimesTest {
    private static final String SQL = "select " + JsonPull.xminColumn() + ", n, t from (values"
            + " (1, timestamptz '2024-03-01 02:03:04.5+00'),"
            + " (2, timestamptz '2024-03-01 02:03:04.5+00'),"
            + " (3, timestamptz '2024-03-01 02:03:04.500001+00'),"
            + " (4, timestamptz '2024-03-01 02:03:04+00'),"
            + " (5, null),"
            + " (6, timestamptz '2024-03-01 02:03:04+00'),"
            + " (7, timestamptz '1999-12-31 23:59:59.999999+00'),"
            + " (8, timestamptz '1969-07-20 20:17:40.123+00'),"
            + " (9, timestamptz '2000-01-01 00:00:00+00'),"
            + " (10, timestamptz '2026-12-06 12:31:00.120000+07'),"
            + " (11, timestamptz 'infinity'),"
            + " (12, timestamptz '-infinity'),"
            + " (13, timestamptz '2024-03-01 02:03:04.5+00'),"
            + " (14, timestamptz '2026-12-06 12:31:00.120000+07')) v (n, t) order by n limit 15";

    @Inject
    ObjectMapper mapper;

    private static PGSimpleDataSource source(int prepareThreshold) {
        var config = ConfigProvider.getConfig();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(config.getValue("quarkus.datasource.jdbc.url", String.class));
        ds.setUser(config.getValue("quarkus.datasource.username", String.class));
        ds.setPassword(config.getValue("quarkus.datasource.password", String.class));
        // 0: never prepared on the server, every result in text; -1: prepared and every result in binary at once.
        ds.setPrepareThreshold(prepareThreshold);
        return ds;
    }

    private List<String> times(int prepareThreshold) throws Exception {
        JsonPull.Page page = JsonPull.page(source(prepareThreshold), mapper, SQL, List.of(), 14, r -> {
            r.generator().writeStartObject();
            r.instant(JsonPull.name("t"), 3);
            r.generator().writeEndObject();
        });
        List<String> out = new ArrayList<>();
        for (JsonNode item : mapper.readTree(page.body()).get("items")) {
            out.add(item.get("t").isNull() ? null : item.get("t").asText());
        }
        return out;
    }

    @Test
    void binaryAndTextTimesAreWrittenAsJacksonWritesAnInstant() throws Exception {
        List<String> want = new ArrayList<>();
        for (String t : List.of(
                "2024-03-01T02:03:04.500Z",
                "2024-03-01T02:03:04.500Z",
                "2024-03-01T02:03:04.500001Z",
                "2024-03-01T02:03:04Z",
                "",
                "2024-03-01T02:03:04Z",
                "1999-12-31T23:59:59.999999Z",
                "1969-07-20T20:17:40.123Z",
                "2000-01-01T00:00:00Z",
                "2026-12-06T05:31:00.120Z")) {
            want.add(t.isEmpty() ? null : mapper.convertValue(Instant.parse(t), String.class));
        }
        want.add(OffsetDateTime.MAX.toInstant().toString());
        want.add(OffsetDateTime.MIN.toInstant().toString());
        want.add(want.get(0)); // written again after more other times than JsonPull keeps
        want.add(want.get(9));
        assertEquals(want, times(0), "text");
        assertEquals(want, times(-1), "binary");
    }
}
