package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IndicatorRulesTest continued (that class is at its size limit): the rules of the fifth round, which remove wrong
 * indicator proposals; invented paragraphs, without Quarkus or a database.
 */
class IndicatorPrecisionRulesTest {

    private static List<String> read(String text) {
        return ReaderRulesTest.read(text, "2021/2024").stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.period() + "/" + x.kind() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void theItemsOfAListOfTargetsAreThePhasesTargets() {
        List<String> got = read(String.join(
                "\n",
                "- Kết quả thực hiện:",
                "+ Các chỉ tiêu về tiếp cận dịch vụ xã hội cơ bản:",
                "- Về y tế: 100% người thuộc hộ nghèo được hỗ trợ tham gia bảo hiểm y tế;",
                "+ 85% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh.",
                "Năm 2023 có 70% hộ nghèo sử dụng nhà tiêu hợp vệ sinh."));
        assertEquals(
                List.of(
                        // a list headed "Các chỉ tiêu …:": its items are targets over the phase
                        "HEALTH_INSURANCE_COVERAGE_RATE/2021/2025/TARGET/100",
                        "HYGIENIC_WATER_RATE/2021/2025/TARGET/85",
                        // a paragraph ends the list
                        "HYGIENIC_LATRINE_RATE/2023/ACTUAL/70"),
                got);
    }

    @Test
    void normsPerBeneficiaryAndCommercialBanksAreNoValues() {
        List<String> got = read(String.join(
                "\n",
                "Trao tặng gạo cho 150 hộ nghèo, mỗi hộ 15 kg gạo.",
                "Vốn Agribank: 5 tổ vay vốn, dư nợ 9 tỷ đồng.",
                "Vốn Ngân hàng CSXH: 40 tổ, 900 hộ vay vốn, dư nợ 12,5 tỷ đồng."));
        assertEquals(
                List.of(
                        // "mỗi hộ 15 kg": what each got, a norm; the balance at a commercial bank is no policy credit
                        "POLICY_CREDIT_OUTSTANDING_VND/2021/2024/ACTUAL/12500000000"),
                got.stream()
                        .filter(x -> !x.contains("HOUSEHOLDS") && !x.startsWith("HH_"))
                        .toList());
    }

    @Test
    void theWordsThatNameTheIndicatorAreNoGroupAndCompletionRates() {
        List<String> got = ReaderRulesTest.read(
                        "Hỗ trợ xây mới và sửa chữa 120 nhà. Hoàn thành 100% các dự án hỗ trợ phát triển"
                                + " sản xuất được giao.",
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        // "xây mới và sửa chữa" names the indicator, not a group "sửa chữa"; "hoàn thành 100% các dự án" is how many
        // projects were completed, not a poverty reduction (the words "giảm nghèo" may follow)
        assertEquals(List.of("HOUSES_BUILT_OR_REPAIRED/null/120", "PRODUCTION_PROJECT_COMPLETION_RATE/null/100"), got);
    }

    @Test
    void aSectionsPhaseHoldsUnderItsHeadingsAndALabelsYearOverItsItem() {
        List<String> got = read(String.join(
                "\n",
                "ĐỀ XUẤT MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2024-2025",
                "1. Mục tiêu, nhiệm vụ đến năm 2025.",
                "- Phấn đấu 80% người có khả năng lao động thuộc hộ nghèo trên địa bàn xã đặc biệt khó khăn được hỗ"
                        + " trợ nâng cao năng lực sản xuất.",
                "II. KẾT QUẢ",
                "- Chiều thiếu hụt về vệ sinh đến hết năm 2023: 100% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh. Có"
                        + " 120/300 hộ nghèo sử dụng nhà tiêu hợp vệ sinh, bằng 40%.",
                "- Số hộ đã được hỗ trợ về nhà ở là 51/ 270 hộ, bằng 18,9%."));
        assertEquals(
                List.of(
                        // "1. Mục tiêu …" names no phase: the section's (2024-2025) holds; the rate's group is named
                        "PRODUCTION_CAPACITY_SUPPORT_RATE/2024/2025/TARGET/80",
                        "HYGIENIC_WATER_RATE/2023/ACTUAL/100",
                        // the item's label gives the year to its second sentence
                        "HYGIENIC_LATRINE_RATE/2023/ACTUAL/40",
                        // "51/ 270 hộ, bằng 18,9%": a share of 270, no target of 270 but the whole (sixth round)
                        "HH_HOUSING_NEED/2021/2024/ACTUAL/270",
                        "HH_HOUSING_SUPPORTED/2021/2024/ACTUAL/51",
                        "HOUSING_SUPPORT_RATE/2021/2024/ACTUAL/18.9"),
                got);
    }

    @Test
    void aParagraphsHalfYearAndThePeopleACourseWasFor() {
        List<String> got = ReaderRulesTest.read(
                        String.join(
                                "\n",
                                "Trong 6 tháng đầu năm 2023, Đoàn thanh niên đã tổ chức nhiều hoạt động. Vận động tặng"
                                        + " 90 suất quà cho thiếu nhi.",
                                "Tổ chức lớp tập huấn nâng cao năng lực cho cán bộ thông tin và truyền thông cơ sở cho"
                                        + " 35 đại biểu."),
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // the half year the paragraph opens with holds for its later sentences naming none
                        "GIFTS/null/2023H1/90",
                        // the people the course was for name its participants' group, over the channel after them
                        "TRAINING_PARTICIPANTS/INFORMATION_OFFICERS/2021/2024/35"),
                got);
    }
}
