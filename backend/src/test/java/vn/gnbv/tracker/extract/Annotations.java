package vn.gnbv.tracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The hand-checked figures of one seed report (fixtures/extraction/<seed>.json) as full keys with their values. */
record Annotations(
        String seed, ReportContext report, List<String> funding, List<String> indicators, List<String> projects) {
    static final Path SEEDS = Path.of("..", "data", "seeds");
    private static final Path DIR = Path.of("src", "test", "resources", "fixtures", "extraction");
    private static final Path MANIFEST = Path.of("src", "main", "resources", "demo", "manifest.json");

    static Annotations of(String seed) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode doc = json.readTree(DIR.resolve(seed + ".json").toFile());
            String period = null;
            for (JsonNode r : json.readTree(MANIFEST.toFile()).get("reports")) {
                if (r.get("seed").asText().equals(seed)) {
                    period = r.get("period").asText();
                }
            }
            ReportContext report = new ReportContext(
                    doc.get("unit").asText(),
                    doc.get("program").asText(),
                    LocalDate.parse(doc.get("issuedOn").asText()),
                    period);
            List<String> funding = new ArrayList<>();
            for (JsonNode f : doc.get("funding")) {
                funding.add(new Proposal(
                                Proposal.Dataset.FUNDING_LINES,
                                f.get("program").asText(),
                                text(f, "component"),
                                f.get("unit").asText(),
                                integer(f, "year"),
                                f.get("source").asText(),
                                f.get("capitalType").asText(),
                                f.get("measure").asText(),
                                text(f, "implementingBody"),
                                integer(f, "originYear"),
                                f.get("amountVnd").asLong(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                0,
                                List.of())
                        .identity());
            }
            List<String> indicators = new ArrayList<>();
            for (JsonNode i : doc.get("indicators")) {
                indicators.add(new Proposal(
                                Proposal.Dataset.INDICATOR_VALUES,
                                null,
                                null,
                                i.get("unit").asText(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                i.get("indicator").asText(),
                                i.get("period").asText(),
                                i.get("kind").asText(),
                                text(i, "category"),
                                new BigDecimal(i.get("value").asText()),
                                null,
                                null,
                                List.of(),
                                0,
                                List.of())
                        .identity());
            }
            List<String> projects = new ArrayList<>();
            for (JsonNode l : doc.get("localProjects")) {
                projects.add(new Proposal(
                                Proposal.Dataset.LOCAL_PROJECTS,
                                l.get("program").asText(),
                                l.get("component").asText(),
                                l.get("unit").asText(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new Proposal.Project(
                                        l.get("name").asText(),
                                        l.get("status").asText(),
                                        l.get("budgetStateVnd").asLong(),
                                        l.get("budgetPeopleCounterpartVnd").asLong(),
                                        l.get("budgetOtherVnd").asLong(),
                                        integer(l, "householdsPoor"),
                                        integer(l, "householdsNearPoor"),
                                        integer(l, "householdsNewlyEscaped"),
                                        integer(l, "householdsEthnicMinority"),
                                        integer(l, "householdsOther")),
                                null,
                                List.of(),
                                0,
                                List.of())
                        .projectKey());
            }
            return new Annotations(seed, report, funding, indicators, projects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() throws IOException {
        return Files.readString(SEEDS.resolve(seed + ".txt"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asInt() : null;
    }
}
