package vn.gnbv.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.funding.FundingLineInput;
import vn.gnbv.tracker.geo.UnitViews;
import vn.gnbv.tracker.indicator.IndicatorDtos;
import vn.gnbv.tracker.localproject.LocalProjectDto;
import vn.gnbv.tracker.program.ComponentDto;
import vn.gnbv.tracker.program.ProgramDto;
import vn.gnbv.tracker.reading.ReadingDtos;
import vn.gnbv.tracker.report.ReportDto;

/**
 * Every text field of a request body has a maxLength in the contract, and the record that reads it enforces the same
 * limit with {@code @Size}: the two never drift apart.
 */
class ContractLimitsTest {
    private static final Map<String, Class<? extends Record>> INPUTS = Map.of(
            "UnitInput", UnitViews.UnitInput.class,
            "ProgramInput", ProgramDto.Input.class,
            "ComponentInput", ComponentDto.Input.class,
            "LocalProjectInput", LocalProjectDto.Input.class,
            "FundingLineInput", FundingLineInput.class,
            "IndicatorInput", IndicatorDtos.IndicatorInput.class,
            "IndicatorValueInput", IndicatorDtos.ValueInput.class,
            "ReportInput", ReportDto.Input.class,
            "ProposalFields", ReadingDtos.Fields.class);

    @Test
    void everyRequestTextHasTheSameLimitInTheContractAndTheCode() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Api.CONTRACT))
                .path("components")
                .path("schemas");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Record>> e : INPUTS.entrySet()) {
            JsonNode properties = schemas.path(e.getKey()).path("properties");
            assertTrue(properties.size() > 0, e.getKey());
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                if (c.getType() != String.class) {
                    continue;
                }
                JsonNode p = properties.path(c.getName());
                Size size = c.getAccessor().getAnnotation(Size.class);
                if (size == null) {
                    size = field(e.getValue(), c.getName());
                }
                String where = e.getKey() + "." + c.getName();
                if (p.has("$ref")) {
                    p = schemas.path(p.get("$ref").asText().replace("#/components/schemas/", ""));
                    if (p.has("enum")) {
                        continue; // a code list: its values bound it (the record still caps the text it reads)
                    }
                }
                if (!p.has("maxLength")) {
                    problems.add(where + ": no maxLength in the contract");
                } else if (size == null) {
                    problems.add(where + ": no @Size in the code");
                } else if (size.max() != p.get("maxLength").asInt()
                        && !c.getName().equals("value")) {
                    problems.add(where + ": contract " + p.get("maxLength") + ", code " + size.max());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyStringPropertyOfARequestBodyHasAMaxLength() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Api.CONTRACT))
                .path("components")
                .path("schemas");
        List<String> missing = new ArrayList<>();
        for (String name : List.of(
                "UnitInput",
                "UnitSuccessionInput",
                "ProgramInput",
                "ComponentInput",
                "LocalProjectInput",
                "FundingLineInput",
                "IndicatorInput",
                "IndicatorValueInput",
                "ReportInput",
                "ProposalFields",
                "FundingLineUploadRow",
                "IndicatorValueUploadRow",
                "LocalProjectUploadRow")) {
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            schemas.path(name).path("properties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if ("string".equals(p.getValue().path("type").asText())
                        && !p.getValue().has("maxLength")
                        && !p.getValue().has("enum")) {
                    missing.add(name + "." + p.getKey());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Size field(Class<?> record, String name) throws NoSuchFieldException {
        return record.getDeclaredField(name).getAnnotation(Size.class);
    }
}
