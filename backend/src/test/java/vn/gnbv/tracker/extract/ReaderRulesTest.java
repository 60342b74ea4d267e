package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader's rules on invented paragraphs (not the seeds' sentences), without Quarkus or a database. */
class ReaderRulesTest {
    static final Catalogue CATALOGUE = new Catalogue() {
        @Override
        public List<Program> programs() {
            return List.of(new Program("GNBV-2021-2025", 2021, 2025));
        }

        @Override
        public List<Component> components(String program) {
            return List.of(
                    new Component("DA2", "PROJECT", 2, null, "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"),
                    new Component("DA6", "PROJECT", 6, null, "Truyền thông và giảm nghèo về thông tin"),
                    new Component("DA6.TDA1", "SUB_PROJECT", 1, "DA6", "Giảm nghèo về thông tin"),
                    new Component("DA6.TDA2", "SUB_PROJECT", 2, "DA6", "Truyền thông về giảm nghèo đa chiều"));
        }

        @Override
        public Optional<String> unitNamed(String name) {
            return Optional.empty();
        }

        @Override
        public boolean indicatorExists(String code) {
            return true;
        }
    };

    static List<Proposal> read(String text, String period) {
        return Extractor.read(
                DocumentText.ofLines(text),
                new ReportContext("109", "GNBV-2021-2025", LocalDate.of(2024, 8, 1), period),
                CATALOGUE);
    }

    private static List<Proposal> funding(List<Proposal> all) {
        return all.stream()
                .filter(p -> p.dataset() == Proposal.Dataset.FUNDING_LINES)
                .toList();
    }

    private static List<Proposal> projects(List<Proposal> all) {
        return all.stream()
                .filter(p -> p.dataset() == Proposal.Dataset.LOCAL_PROJECTS)
                .toList();
    }

    @Test
    void localProjectsAreProposedWithHouseholdsBudgetAndStatus() {
        List<Proposal> all = read(
                "Dự án 2: Đa dạng hóa sinh kế\n"
                        + "Đã phê duyệt 02 dự án hỗ trợ phát triển sản xuất như sau:\n"
                        + "- Dự án nuôi ong lấy mật tại xã Hòa Bình: có 25 hộ tham gia, gồm 9 hộ nghèo, 8 hộ cận nghèo,"
                        + " 3 hộ mới thoát nghèo. Kinh phí thực hiện: 410.000.000 đồng, trong đó ngân sách nhà nước"
                        + " 350.000.000 đồng; dân đối ứng 60.000.000 đồng. Dự án đã hoàn thành.\n"
                        + "- Dự án trồng nấm tại xã Tân Lập: chưa thực hiện được do thiếu mặt bằng.\n"
                        + "- Tên dự án: Mô hình nuôi thỏ thịt.\n"
                        + "- Tổng số tham gia: 12 hộ; kinh phí 180.000.000 đ; trong đó:\n"
                        + "+ Hộ nghèo: 7 hộ, kinh phí 105.000.000 đ.\n"
                        + "+ Hộ cận nghèo: 5 hộ, kinh phí 75.000.000 đ.\n"
                        + "3. Dự án 3: Hỗ trợ phát triển sản xuất\n"
                        + "Năm 2023 đã giải ngân 700 triệu đồng.",
                "2021/2024");
        List<Proposal> p = projects(all);
        assertEquals(3, p.size(), p.toString());
        // "+ Hộ nghèo: 7 hộ" in a project's text counts its participants, not the unit's poor households
        assertTrue(
                all.stream()
                        .noneMatch(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES
                                && x.citations().get(0).locator().matches("l\\.(3|7|8)")),
                all.toString());
        Proposal bees = p.get(0);
        assertEquals("Dự án nuôi ong lấy mật tại xã Hòa Bình", bees.project().name());
        assertEquals("DA2", bees.component());
        assertEquals("GNBV-2021-2025", bees.program());
        assertEquals("350000000,60000000,0,9,8,3,,", bees.project().figures());
        assertEquals("COMPLETED", bees.project().status());
        assertEquals("l.3", bees.citations().get(0).locator());
        Proposal mushrooms = p.get(1);
        assertEquals("SUSPENDED", mushrooms.project().status());
        assertEquals("0,0,0,,,,,", mushrooms.project().figures());
        // "Tên dự án:" then its lines: a total with no part by source is the state's; the parts by group are not budget
        Proposal rabbits = p.get(2);
        assertEquals("Mô hình nuôi thỏ thịt", rabbits.project().name());
        assertEquals("180000000,0,0,7,5,,,", rabbits.project().figures());
        assertEquals("IN_PROGRESS", rabbits.project().status());
        // the next numbered heading ended it: still the project of Dự án 2, nothing of Dự án 3's money in it
        assertEquals("DA2", rabbits.component());
    }

    @Test
    void aCountOfProjectsIsNotAProject() {
        assertTrue(projects(read(
                        "Dự án 2: Đa dạng hóa sinh kế\nTừ năm 2021 đến nay đã phê duyệt 05 dự án phát triển sản xuất"
                                + " trong lĩnh vực nông nghiệp với 120 hộ tham gia.",
                        "2021/2024"))
                .isEmpty());
    }

    @Test
    void oneKeyWithTwoValuesIsOneProposalThatSaysSo() {
        List<Proposal> p = funding(read(
                "Dự án 2: Đa dạng hóa sinh kế\nNăm 2023 đã giải ngân 700 triệu đồng.\nNăm 2023 đã giải ngân 650 triệu"
                        + " đồng.",
                "2021/2024"));
        assertEquals(1, p.size(), p.toString());
        assertEquals(700_000_000L, p.get(0).amountVnd());
        assertTrue(p.get(0).confidence() <= Conflicts.CONFIDENCE);
        assertTrue(
                p.get(0).reasons().stream()
                        .anyMatch(r -> r.code() == Reason.Code.STATED_TWICE_DIFFERENT
                                && "650000000".equals(r.params().get("value"))
                                && "l.3".equals(r.params().get("locator"))),
                p.get(0).reasons().toString());
    }

    @Test
    void aHeadingEndsTheComponentAndYearlyPartsShareTheirTotalsYear() {
        List<Proposal> p = funding(read(
                String.join(
                        "\n",
                        "2.1. Dự án 6: Truyền thông và giảm nghèo về thông tin",
                        "Kinh phí giao là 300 triệu đồng, trong đó ngân sách trung ương 290 triệu đồng, ngân sách địa"
                                + " phương 10 triệu đồng (năm 2023 giao 120 triệu đồng, trong đó ngân sách trung ương"
                                + " là 116 triệu; ngân sách địa phương: 4 triệu).",
                        "3. Kết quả thực hiện các mục tiêu",
                        "Ngân sách trung ương đã giải ngân 50 triệu đồng."),
                "2021/2024"));
        // the phase's parts (290, 10) are the sums of the yearly lines that follow: not proposed
        assertEquals(
                List.of(116_000_000L, 4_000_000L, 50_000_000L),
                p.stream().map(Proposal::amountVnd).toList());
        assertEquals(2023, p.get(1).year()); // "…; ngân sách địa phương: 4 triệu" still the 2023 part
        assertEquals("LOCAL", p.get(1).source());
        assertEquals("DA6", p.get(0).component());
        assertNull(p.get(2).component()); // "3. Kết quả …" ended Dự án 6
    }

    @Test
    void aNormPerBeneficiaryAndWhatIsLeftAreNotLines() {
        List<Proposal> p = funding(read(
                "Dự án 2: Đa dạng hóa sinh kế\nNăm 2023 được giao 90 triệu đồng, đã giải ngân 60 triệu đồng, còn"
                        + " 30 triệu đồng; mức hỗ trợ 5.000.000đ/hộ.",
                "2021/2024"));
        assertEquals(
                List.of("ASSIGNED", "DISBURSED"),
                p.stream().map(Proposal::measure).toList());
    }

    @Test
    void countsByTheirNounsAndTheirBreakdownsByGroup() {
        List<Proposal> p = read(
                        "Từ năm 2022 đến nay đã cấp 900 lượt thẻ BHYT, trong đó: 400 lượt thẻ cho người nghèo, 500"
                                + " lượt thẻ cho người cận nghèo. Năm 2023 tổ chức 3 lớp tập huấn nâng cao năng lực"
                                + " cho 120 cán bộ; 85% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh.",
                        "2021/2024")
                .stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .toList();
        List<String> got = p.stream()
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        "BENEFIT_HEALTH_INSURANCE_CARDS/null/2022/2024/900",
                        "BENEFIT_HEALTH_INSURANCE_CARDS/POOR/2022/2024/400",
                        "BENEFIT_HEALTH_INSURANCE_CARDS/NEAR_POOR/2022/2024/500",
                        "TRAINING_COURSES/CAPACITY_BUILDING/2023/3",
                        "TRAINING_PARTICIPANTS/CAPACITY_BUILDING/2023/120",
                        "HYGIENIC_WATER_RATE/null/2023/85"),
                got);
        assertEquals(new BigDecimal("85"), p.get(5).value());
    }
}
