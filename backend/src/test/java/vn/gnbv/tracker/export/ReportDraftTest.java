package vn.gnbv.tracker.export;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The drafted report re-read with XWPF: every amount, rate and indicator figure in its prose, parsed back from the
 * Vietnamese format, equals what the API answers; the open findings are those the API lists.
 */
@QuarkusTest
class ReportDraftTest {
    private static final String NUM = "(-?[0-9.]*[0-9](?:,[0-9]+)?)";
    private static final Pattern SENTENCE = Pattern.compile("tổng nguồn thực hiện " + NUM
            + " triệu đồng \\(chuyển từ năm trước " + NUM + " triệu đồng, giao trong kỳ " + NUM
            + " triệu đồng\\); (?:giải ngân " + NUM + " triệu đồng(?:, đạt " + NUM
            + " %)?|chưa có số liệu giải ngân); chuyển sang năm sau " + NUM + " triệu đồng\\.$");
    private static final Pattern INDICATOR = Pattern.compile("^- .* \\(([A-Z0-9_]+)\\): (.*)\\.$");
    private static final Pattern WHEN = Pattern.compile("^(?:năm ([0-9]{4})|cả kỳ ([0-9]{4})–([0-9]{4})"
            + "|6 tháng (đầu|cuối) năm ([0-9]{4})|quý (I|II|III|IV)/([0-9]{4})|tháng ([0-9]{1,2})/([0-9]{4}))");
    private static final List<String> QUARTERS = List.of("I", "II", "III", "IV");
    private static final Pattern ACTUAL = Pattern.compile("thực hiện " + NUM);
    private static final Pattern TARGET =
            Pattern.compile("mục tiêu (?:(?:trên|ít nhất|dưới|tối đa|bằng|khoảng) )?" + NUM);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Inject
    DemoUploads loader;

    @BeforeEach
    void demo() {
        ApiFigures.demo(loader);
    }

    private static List<String> paragraphs(String unit, String asOf, Integer year) throws IOException {
        Map<String, Object> p = year == null
                ? Map.of("program", ApiFigures.PROGRAM, "unit", unit, "asOf", asOf)
                : Map.of("program", ApiFigures.PROGRAM, "unit", unit, "asOf", asOf, "year", year);
        byte[] docx = Api.given()
                .accept(ApiFigures.DOCX + ", application/problem+json")
                .queryParams(p)
                .get("/api/v1/report-draft")
                .then()
                .statusCode(200)
                .contentType(ApiFigures.DOCX)
                .header("Content-Disposition", containsString(".docx"))
                .extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void everyFundingFigureInTheProseIsTheApis() throws IOException {
        String asOf = "2024-08-01";
        Map<String, JsonNode> api = ApiFigures.summary("109", asOf);
        List<String> text = paragraphs("109", asOf, null);
        assertTrue(text.get(0).startsWith("DỰ THẢO"));
        assertEquals("ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ", text.get(1));
        assertTrue(text.stream().anyMatch(t -> t.contains("năm 2021–2025 trên địa bàn Huyện Phong Thổ")));
        String cell = "|"; // the program's total, until a project's heading
        int checked = 0;
        for (String t : text) {
            if (t.startsWith("II. ")) {
                break; // section I holds the funding
            }
            Matcher head = Pattern.compile("^(DA[0-9A-Z.]*) – ").matcher(t);
            String key = null;
            if (t.startsWith("Toàn chương trình, cả kỳ")) {
                cell = "";
                key = "|";
            } else if (head.find() && !t.contains("triệu đồng")) {
                cell = head.group(1);
                continue;
            } else if (t.startsWith("Cả kỳ: ")) {
                key = cell + "|";
            } else if (t.startsWith("- Năm ")) {
                key = cell + "|" + t.substring(6, 10);
            } else if (t.startsWith("+ ")) {
                key = t.substring(2, t.indexOf(" – ")) + "|";
            }
            if (key == null || !t.contains("triệu đồng")) {
                continue;
            }
            JsonNode want = api.get(key);
            assertNotNull(want, "no summary cell for " + key + ": " + t);
            Matcher m = SENTENCE.matcher(t);
            assertTrue(m.find(), t);
            assertEquals(ApiFigures.vnd(want, "availableVnd"), vnd(m.group(1)), t);
            assertEquals(ApiFigures.vnd(want, "carriedInVnd"), vnd(m.group(2)), t);
            assertEquals(ApiFigures.vnd(want, "assignedVnd"), vnd(m.group(3)), t);
            if (m.group(4) != null) {
                assertEquals(ApiFigures.vnd(want, "disbursedVnd"), vnd(m.group(4)), t);
            } else {
                assertEquals(0L, ApiFigures.vnd(want, "disbursedVnd"), t);
            }
            BigDecimal rate = ApiFigures.rate(want);
            if (m.group(5) == null) {
                assertEquals(null, rate, t);
            } else {
                same(rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP), m.group(5), t);
            }
            assertEquals(ApiFigures.vnd(want, "carriedOutVnd"), vnd(m.group(6)), t);
            checked++;
        }
        assertTrue(checked > 20, "Phong Thổ's report has many figures; checked " + checked);
        // Phong Thổ's DA2 2022: 29,52 % disbursed, as its report says (1.957/6.629)
        assertTrue(text.stream().anyMatch(t -> t.startsWith("- Năm 2022: ") && t.contains("đạt 29,52 %")));
    }

    @Test
    void everyIndicatorFigureInTheProseIsTheApis() throws IOException {
        String asOf = "2024-01-01";
        List<String> text = paragraphs("058", asOf, null);
        int checked = 0;
        for (String t : text) {
            Matcher line = INDICATOR.matcher(t);
            if (!line.find()) {
                continue;
            }
            String code = line.group(1);
            for (String phrase : line.group(2).split("; ")) {
                Matcher when = WHEN.matcher(phrase);
                assertTrue(when.find(), phrase);
                String period = period(when);
                JsonNode want = ApiFigures.rollup(code, "058", period, asOf);
                boolean percent = phrase.contains(" %");
                Matcher a = ACTUAL.matcher(phrase);
                if (a.find()) {
                    same(shown(ApiFigures.actual(want), percent), a.group(1), phrase);
                    checked++;
                } else {
                    assertEquals(null, ApiFigures.actual(want), phrase);
                }
                Matcher tg = TARGET.matcher(phrase);
                if (tg.find()) {
                    same(shown(ApiFigures.target(want), percent), tg.group(1), phrase);
                    checked++;
                } else {
                    assertEquals(null, ApiFigures.target(want), phrase);
                }
            }
        }
        assertTrue(checked >= 5, "Bắc Kạn city states rates, counts and targets; checked " + checked);
        assertTrue(text.stream().anyMatch(t -> t.contains("(POOR_RATE): ") && t.contains("năm 2023 thực hiện 1,96 %")));
    }

    /** The period a phrase names: "năm 2023", "cả kỳ 2021–2025", "6 tháng đầu năm 2024", "quý II/2024", "tháng 5/2024". */
    private static String period(Matcher m) {
        if (m.group(1) != null) {
            return m.group(1);
        }
        if (m.group(2) != null) {
            return m.group(2) + "/" + m.group(3);
        }
        if (m.group(4) != null) {
            return m.group(5) + (m.group(4).equals("đầu") ? "H1" : "H2");
        }
        if (m.group(6) != null) {
            return m.group(7) + "Q" + (QUARTERS.indexOf(m.group(6)) + 1);
        }
        return m.group(9) + "-" + (m.group(8).length() == 1 ? "0" : "") + m.group(8);
    }

    /** The figure the API gives, as the prose shows it, equals the prose's number read back. */
    private static void same(BigDecimal api, String prose, String where) {
        assertNotNull(api, where);
        assertEquals(0, api.compareTo(VnFormat.parse(prose)), api + " vs " + prose + ": " + where);
    }

    private static BigDecimal shown(BigDecimal api, boolean percent) {
        return percent ? api.setScale(2, RoundingMode.HALF_UP) : api.stripTrailingZeros();
    }

    @Test
    void theOpenFindingsAreTheApis() throws IOException {
        String asOf = "2024-08-01";
        List<String> text = paragraphs("109", asOf, 2023);
        Map<String, Integer> want = new TreeMap<>();
        String cursor = null;
        do {
            var spec = Api.given()
                    .queryParam("unit", "109")
                    .queryParam("asOf", asOf)
                    .queryParam("program", ApiFigures.PROGRAM)
                    .queryParam("status", "OPEN")
                    .queryParam("limit", 500);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonNode page = ApiFigures.json(spec, "/api/v1/findings");
            for (JsonNode f : page.get("items")) {
                JsonNode y = f.get("fiscalYear");
                JsonNode period = f.get("period");
                boolean in = y != null && !y.isNull()
                        ? y.asInt() == 2023
                        : period == null || period.isNull() || overlaps2023(period.asText());
                if (in) {
                    want.merge(f.get("rule").asText(), 1, Integer::sum);
                }
            }
            JsonNode next = page.get("next");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        assertTrue(want.containsKey("TOTAL_VS_PARTS"), "Phong Thổ's DA7 2023 total vs its parts: " + want);
        int total = want.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(text.contains("Còn " + total + " phát hiện chưa xử lý:"), String.join("\n", text));
        Map<String, Integer> got = new TreeMap<>();
        Pattern rule = Pattern.compile("^- .* \\(([A-Z_]+)\\): ([0-9]+) phát hiện$");
        for (String t : text) {
            Matcher m = rule.matcher(t);
            if (m.find()) {
                got.put(m.group(1), Integer.valueOf(m.group(2)));
            }
        }
        assertEquals(want, got);
    }

    private static boolean overlaps2023(String period) {
        String[] years = period.substring(0, Math.min(period.length(), 9)).split("/");
        int from = Integer.parseInt(years[0].substring(0, 4));
        int to = years.length > 1 ? Integer.parseInt(years[1].substring(0, 4)) : from;
        return from <= 2023 && to >= 2023;
    }

    private static long vnd(String millions) {
        return VnFormat.parse(millions).multiply(MILLION).longValueExact();
    }
}
