package vn.gnbv.tracker.program;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class DemoDataLoaderTest {
    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource ds;

    private long countNamed(String name) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from local_project where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void loadsEveryDemoProjectOnceEvenWhenRunTwice() throws Exception {
        List<LocalProjectDto.Input> rows = loader.read();
        assertEquals(10, rows.size());
        loader.load();
        assertEquals(0, loader.load(), "a second run adds nothing");
        for (LocalProjectDto.Input row : rows) {
            assertEquals(1, countNamed(row.name()), row.name());
        }
    }

    @Test
    void demoProjectsCarryTheFiguresOfTheReports() {
        loader.load();
        Api.given()
                .queryParam("program", "GNBV-2021-2025")
                .queryParam("component", "DA2")
                .queryParam("unit", "058")
                .queryParam("asOf", "2024-06-01")
                .queryParam("status", "COMPLETED")
                .get("/api/v1/local-projects")
                .then()
                .statusCode(200)
                .body("items.find { it.name.contains('cây quế') }.households.poor", is(10))
                .body("items.find { it.name.contains('cây quế') }.households.total", is(18))
                .body("items.find { it.name.contains('cây quế') }.unit.name", is("Xã Nông Thượng"));
        Api.given()
                .queryParam("program", "GNBV-2021-2025")
                .queryParam("unit", "06")
                .queryParam("asOf", "2023-04-01")
                .get("/api/v1/local-projects")
                .then()
                .statusCode(200)
                .body("items.find { it.name.contains('Lũng Chang') }.budget.totalVnd", is(592_300_000))
                .body("items.find { it.name.contains('Lũng Chang') }.households.total", is(20));
        Api.given()
                .queryParam("program", "GNBV-2016-2020")
                .queryParam("unit", "24")
                .queryParam("asOf", "2018-07-13")
                .get("/api/v1/local-projects")
                .then()
                .statusCode(200)
                .body("items.find { it.name.contains('bò sinh sản') }.budget.stateVnd", is(290_000_000))
                .body("items.find { it.name.contains('bò sinh sản') }.households.total", is(35));
    }

    /** Every «quoted» passage of a demo note appears word for word in a seed report. */
    @Test
    void demoNotesQuoteTheSeedReports() throws Exception {
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("..", "data", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                seeds.append(Files.readString(f)).append('\n');
            }
        }
        String corpus = squash(seeds.toString());
        Pattern quote = Pattern.compile("«([^»]+)»");
        int quotes = 0;
        for (LocalProjectDto.Input row : loader.read()) {
            Matcher m = quote.matcher(row.note());
            while (m.find()) {
                quotes++;
                assertTrue(corpus.contains(squash(m.group(1))), "not in the seeds: " + m.group(1));
            }
        }
        assertTrue(quotes >= 10);
    }

    /** Markdown emphasis and line breaks are layout, not text. */
    private static String squash(String s) {
        return s.replace("*", "").replaceAll("\\s+", " ").strip();
    }
}
