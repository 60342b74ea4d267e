package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IndicatorRecallRulesTest continued: parts of a count in the next sentence, the items of one list, zeros told in
 * words; invented paragraphs, without Quarkus or a database.
 */
class IndicatorListRulesTest {

    private static List<String> read(String... lines) {
        return ReaderRulesTest.read(String.join("\n", lines), "2021/2024").stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/" + x.kind() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void policyCreditsPartsInTheNextSentence() {
        assertEquals(
                List.of(
                        "POLICY_CREDIT_LOAN_AMOUNT_VND/null/2021/2024/ACTUAL/40000000000",
                        // "…, 12.000 triệu đồng" after the borrowers: their loan, their group named before them
                        "POLICY_CREDIT_LOAN_AMOUNT_VND/DIFFICULT_AREA_BUSINESS/2021/2024/ACTUAL/12000000000",
                        "POLICY_CREDIT_LOAN_AMOUNT_VND/POOR/2021/2024/ACTUAL/28000000000",
                        "BENEFIT_POLICY_CREDIT_HOUSEHOLDS/null/2021/2024/ACTUAL/900",
                        // "Trong đó …" opening the next sentence: the parts of the count before
                        "BENEFIT_POLICY_CREDIT_HOUSEHOLDS/DIFFICULT_AREA_BUSINESS/2021/2024/ACTUAL/300",
                        // "vay ưu đãi hộ nghèo 600 hộ" is no count of the unit's poor households
                        "BENEFIT_POLICY_CREDIT_HOUSEHOLDS/POOR/2021/2024/ACTUAL/600"),
                read("- Chính sách tín dụng ưu đãi: Ngân hàng chính sách xã hội cho vay 900 hộ, với số vốn 40.000 triệu"
                        + " đồng. Trong đó hộ sản xuất kinh doanh vùng khó khăn là 300 hộ, 12.000 triệu đồng; vay ưu"
                        + " đãi hộ nghèo 600 hộ, 28.000 triệu đồng."));
    }

    @Test
    void theItemsOfOneListCountWhatItsFirstDidAndTakeTheirFirstGiver() {
        assertEquals(
                List.of(
                        "HH_HOUSING_SUPPORTED/MINISTRY_OF_DEFENCE/2021/2024/ACTUAL/50",
                        // the giver first in the item, not the one named nearest the count
                        "HH_HOUSING_SUPPORTED/FATHERLAND_FRONT/2021/2024/ACTUAL/20",
                        "HH_HOUSING_SUPPORTED/ENTERPRISES_INDIVIDUALS/2021/2024/ACTUAL/14"),
                read(
                        "c) Huy động khác:",
                        "- Bộ Quốc phòng hỗ trợ xây mới nhà ở cho 50 hộ.",
                        "- Ủy ban MTTQ tỉnh 1.000 triệu đồng bổ sung vào nguồn Bộ Quốc phòng hỗ trợ cho 20 hộ.",
                        "- Các tổ chức, cá nhân, doanh nghiệp: 700 triệu đồng, hỗ trợ cho 14 hộ."));
        // a paragraph ends the list
        assertEquals(
                List.of("HH_HOUSING_SUPPORTED/MINISTRY_OF_DEFENCE/2021/2024/ACTUAL/50"),
                read("- Bộ Quốc phòng hỗ trợ xây mới nhà ở cho 50 hộ.", "Quỹ hỗ trợ cho 14 hộ."));
    }

    @Test
    void zerosToldInWords() {
        assertEquals(
                List.of(
                        "WORKERS_JOBS_CREATED/DOMESTIC_ENTERPRISES/2021/2024/ACTUAL/12",
                        "HH_POOR_NEAR_POOR/MERITORIOUS/2021/2024/ACTUAL/0",
                        "WORKERS_ABROAD_CONTRACT/null/2021/2024/ACTUAL/0"),
                read("Trong kỳ không có hộ nghèo, hộ cận nghèo thuộc đối tượng người có công. Có 12 người đi làm việc"
                        + " tại doanh nghiệp trong nước, chưa có lao động đi xuất khẩu lao động. Không có hộ nào tái"
                        + " nghèo."));
    }

    @Test
    void theWholeOfAShareAndOtherPhrasings() {
        assertEquals(
                List.of(
                        // "X/Y …, bằng Z%": Y is the whole, counted by the indicator of wholes of X's
                        "HH_POOR_NEAR_POOR/null/2023/ACTUAL/300",
                        "HH_POOR_NEAR_POOR_HYGIENIC_LATRINE/null/2023/ACTUAL/120",
                        "HYGIENIC_LATRINE_RATE/null/2023/ACTUAL/40",
                        // the origin year of carried money is not the count's
                        "PRODUCTION_PROJECTS/VALUE_CHAIN/2021/2024/ACTUAL/4",
                        "DBKK_INFRA_SUPPORT_RATE/null/2021/2024/TARGET/100"),
                read(
                        "- Chiều thiếu hụt về vệ sinh đến hết năm 2023: Có 120/300 hộ nghèo, hộ cận nghèo sử dụng nhà"
                                + " tiêu hợp vệ sinh, bằng 40%.",
                        "Trung tâm: 900 triệu đồng (vốn năm 2022 chuyển sang 2023 500 triệu đồng) thực hiện 04 chuỗi"
                                + " liên kết. Phấn đấu 100% các xã đặc biệt khó khăn được hỗ trợ đầu tư phát triển cơ"
                                + " sở hạ tầng."));
    }

    @Test
    void asOfNowAndAChannelNamedBeforeTheNextCount() {
        List<String> got = Extractor.read(
                        DocumentText.ofLines(String.join(
                                "\n",
                                "Số hộ đã được hỗ trợ nhà ở là 30 hộ. Hiện tại còn 40 hộ thiếu hụt về chất lượng nhà ở.",
                                "Đã đăng 90 tin, bài về chính sách giảm nghèo; biểu dương các điển hình trên sóng Đài"
                                        + " truyền thanh các cấp; 12 tin trên Trang điện tử thành phố.")),
                        new ReportContext("109", "GNBV-2021-2025", java.time.LocalDate.of(2024, 6, 1), "2021/2024"),
                        ReaderRulesTest.CATALOGUE)
                .stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        "HH_HOUSING_SUPPORTED/null/2021/2024/30",
                        // "hiện tại" in a report written in June: the first half of its year
                        "HH_DEPRIVED_HOUSING_ANY/null/2024H1/40",
                        // no channel in its clause: the one named before the next count
                        "COMM_NEWS_ARTICLES/LOCAL_RADIO/2021/2024/90",
                        "COMM_NEWS/WEBSITE/2021/2024/12"),
                got);
    }
}
