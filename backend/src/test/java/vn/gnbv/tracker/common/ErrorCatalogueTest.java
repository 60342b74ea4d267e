package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** The Java catalogue of error codes and the contract's enums are the same list, statuses included. */
class ErrorCatalogueTest {
    private static JsonNode schemas() throws Exception {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Api.CONTRACT))
                .path("components")
                .path("schemas");
    }

    private static List<String> contractEnum(String schema) throws Exception {
        List<String> names = new ArrayList<>();
        schemas().path(schema).path("enum").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void problemCodesAreTheContractsEnum() throws Exception {
        assertEquals(Arrays.stream(ErrorCode.values()).map(Enum::name).toList(), contractEnum("ErrorCode"));
    }

    @Test
    void violationCodesAreTheContractsEnum() throws Exception {
        assertEquals(Arrays.stream(ViolationCode.values()).map(Enum::name).toList(), contractEnum("ViolationCode"));
    }

    @Test
    void proposalReasonCodesAreTheContractsEnumAndDescribed() throws Exception {
        List<String> codes = Arrays.stream(vn.gnbv.tracker.extract.Reason.Code.values())
                .map(Enum::name)
                .toList();
        assertEquals(codes, contractEnum("ProposalReasonCode"));
        String text = schemas().path("ProposalReasonCode").path("description").asText();
        for (String code : codes) {
            assertTrue(text.contains(code + " "), code + " is not described in ProposalReasonCode");
        }
    }

    @Test
    void theContractGivesEachAnsweredCodeItsStatus() throws Exception {
        // The description reads "400 A, B; 401 C; ...": each answered code under the status the enum gives it.
        String text = schemas().path("ErrorCode").path("description").asText().replaceAll("\\s+", " ");
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\d{3}) ([A-Z_, ]+?)(?:;|\\.)").matcher(text);
        while (m.find()) {
            for (String name : m.group(2).split(",")) {
                documented.put(name.strip(), Integer.valueOf(m.group(1)));
            }
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (ErrorCode c : ErrorCode.values()) {
            if (c != ErrorCode.CLIENT_DISCONNECTED && c != ErrorCode.ABANDONED) {
                expected.put(c.name(), c.status());
            }
        }
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(documented));
    }

    @Test
    void everyWholeBodyUploadFailureHasItsReportEntry() {
        for (ErrorCode c : List.of(
                ErrorCode.MALFORMED_JSON,
                ErrorCode.MALFORMED_CSV,
                ErrorCode.CSV_HEADER_INVALID,
                ErrorCode.INVALID_ENCODING,
                ErrorCode.UNSUPPORTED_ENCODING,
                ErrorCode.BATCH_TOO_LARGE,
                ErrorCode.PAYLOAD_TOO_LARGE)) {
            assertEquals(c.name(), ViolationCode.of(c).name());
        }
    }
}
