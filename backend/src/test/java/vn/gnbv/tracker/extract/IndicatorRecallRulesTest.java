package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the sixth round, which read indicator values the reader missed (benefits counted by the people who got
 * them, policy credit told by its borrowers, production projects by kind and the households they reached, works by
 * type, a figure restated under an organisation's heading): invented paragraphs, without Quarkus or a database.
 */
class IndicatorRecallRulesTest {

    private static List<String> read(String... lines) {
        return ReaderRulesTest.read(String.join("\n", lines), "2021/2024").stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/" + x.kind() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void benefitsCountedByThePeopleWhoGotThem() {
        assertEquals(
                List.of(
                        "BENEFIT_TUITION_EXEMPTION_PERSONS/null/2021/2024/ACTUAL/52",
                        "BENEFIT_LUNCH_SUPPORT_PERSONS/null/2021/2024/ACTUAL/40",
                        "BENEFIT_MEAL_SUPPORT_DECREE116_PERSONS/null/2021/2024/ACTUAL/9",
                        "BENEFIT_RICE_SUPPORT_PERSONS/null/2021/2024/ACTUAL/12",
                        // "900 kg" in a sentence about rice
                        "BENEFIT_RICE_KG/null/2021/2024/ACTUAL/900",
                        "BENEFIT_STUDY_COST_SUPPORT_PERSONS/null/2021/2024/ACTUAL/210",
                        // "học phí" named in an earlier clause: the study costs are the words right before
                        "BENEFIT_TUITION_EXEMPTION/null/2021/2024/ACTUAL/300",
                        "BENEFIT_STUDY_COST_SUPPORT/null/2021/2024/ACTUAL/450"),
                read(
                        "+ Chính sách giáo dục: Miễn học phí cho học sinh thuộc hộ nghèo cho 52 em. Hỗ trợ tiền ăn trưa"
                                + " đối với trẻ mẫu giáo cho 40 trẻ. Hỗ trợ tiền ăn theo Nghị định 116 được 9 em. Hỗ"
                                + " trợ gạo cho 12 học sinh, tổng cộng 900 kg. Hỗ trợ chi phí học tập cho học sinh hộ"
                                + " cận nghèo được 210 em.",
                        "Đã miễn học phí cho 300 lượt học sinh; hỗ trợ kinh phí học tập cho 450 lượt học sinh."));
    }

    @Test
    void policyCreditToldByItsBorrowers() {
        assertEquals(
                List.of(
                        // the loan after "N hộ vay", the money entrusted to the policy bank is its balance
                        "POLICY_CREDIT_LOAN_AMOUNT_VND/null/2021/2024/ACTUAL/9500000000",
                        "POLICY_CREDIT_OUTSTANDING_VND/null/2021/2024/ACTUAL/4200000000",
                        "BENEFIT_POLICY_CREDIT_HOUSEHOLDS/null/2021/2024/ACTUAL/430",
                        "POLICY_CREDIT_HH_WITH_BALANCE/null/2021/2024/ACTUAL/160",
                        "POLICY_CREDIT_LOAN_AMOUNT_VND/VETERANS/2021/2024/ACTUAL/210000000"),
                read(
                        "Vốn Ngân hàng CSXH: 12 tổ, 430 hộ vay 9,5 tỷ đồng. Nhận ủy thác 4,2 tỷ đồng cho 160 hộ vay"
                                + " vốn qua Ngân hàng chính sách xã hội.",
                        "* *Hội Cựu chiến binh:*",
                        "- Phối hợp với NHCS cho 7 hội viên vay 210 triệu đồng."));
        // several groups listed before the amount: none of them (not the last one named)
        assertEquals(
                List.of("POLICY_CREDIT_LOAN_AMOUNT_VND/null/2021/2024/ACTUAL/3100000000"),
                read("Giúp 90 hộ nghèo, hộ cận nghèo vay vốn tín dụng với tổng số vốn vay 3.100 triệu đồng."));
    }

    @Test
    void projectsByKindWorksByTypeAndOtherSupport() {
        assertEquals(
                List.of(
                        "PRODUCTION_PROJECTS/null/2021/2024/ACTUAL/40",
                        "PRODUCTION_PROJECTS/CROPS/2021/2024/ACTUAL/15",
                        "PRODUCTION_PROJECTS/LIVESTOCK/2021/2024/ACTUAL/25",
                        "PRODUCTION_PROJECT_HOUSEHOLDS/null/2021/2024/ACTUAL/600",
                        "PRODUCTION_PROJECT_HOUSEHOLDS/POOR/2021/2024/ACTUAL/350",
                        "PRODUCTION_PROJECT_HOUSEHOLDS/NEAR_POOR/2021/2024/ACTUAL/250",
                        "INFRA_WORKS/ROADS/2021/2024/ACTUAL/3",
                        "INFRA_WORKS/HEALTH_STATIONS/2021/2024/ACTUAL/2",
                        // the parts named after a colon
                        "INFRA_WORKS_COMPLETED/null/2021/2024/ACTUAL/5",
                        "INFRA_WORKS_COMPLETED/ROADS/2021/2024/ACTUAL/3",
                        "INFRA_WORKS_COMPLETED/HEALTH_STATIONS/2021/2024/ACTUAL/2",
                        "BENEFIT_PRODUCTION_INPUTS/null/2021/2024/ACTUAL/30",
                        "HH_LATRINE_SUPPORTED/null/2021/2024/ACTUAL/25",
                        "HOUSES_BUILT/POOR/2021/2024/ACTUAL/4",
                        "WORKERS_JOBS_CREATED/DOMESTIC_ENTERPRISES/2021/2024/ACTUAL/15",
                        "WORKERS_CONNECTED_TO_JOBS/null/2021/2024/ACTUAL/70",
                        "VOCATIONAL_SUPPORT_RATE/null/2021/2024/ACTUAL/80"),
                read(
                        "Thực hiện 40 dự án hỗ trợ phát triển sản xuất (15 dự án trồng trọt, 25 dự án chăn nuôi) với"
                                + " 600 hộ hưởng lợi (350 hộ nghèo, 250 hộ cận nghèo). Nâng cấp 03 tuyến đường liên"
                                + " thôn và 02 trạm y tế. Hoàn thành 05 dự án: 03 công trình đường giao thông; 02 trạm"
                                + " y tế.",
                        "Đã hỗ trợ giống, tư liệu sản xuất cho 30 hộ nghèo. Vận động làm nhà vệ sinh, đã hỗ trợ 25 hộ"
                                + " cận nghèo. Xây dựng 4 nhà đại đoàn kết cho hộ nghèo. Có 15 người đi làm việc tại"
                                + " các doanh nghiệp trong nước. Hỗ trợ 70 lao động được kết nối việc làm thành công."
                                + " Có 80% lao động có nhu cầu được hỗ trợ đào tạo nghề."));
    }

    @Test
    void aFigureRestatedUnderAnOrganisationsHeadingKeepsNoGroup() {
        List<Proposal> all = ReaderRulesTest.read(
                String.join(
                        "\n",
                        "- Hỗ trợ gạo cho hộ nghèo: đã cấp gạo cho 40 lượt hộ nghèo.",
                        "* *Hội chữ thập đỏ thành phố:*",
                        "- Phối hợp cấp gạo cho 40 lượt hộ nghèo.",
                        "- Tặng 100 suất quà."),
                "2021/2024");
        assertEquals(
                List.of("BENEFIT_RICE_SUPPORT_HOUSEHOLD_TIMES/null/2", "GIFTS/RED_CROSS/1"),
                all.stream()
                        .map(x -> x.indicator() + "/" + x.category() + "/"
                                + x.citations().size())
                        .toList());
    }

    @Test
    void aListProposedForSupportIsTheYearsPlanWithItsPartsByGiver() {
        List<String> got = ReaderRulesTest.read(
                        String.join(
                                "\n",
                                "- Chính sách hỗ trợ nhà ở: Trong 4 tháng đầu năm đã lập danh sách đề nghị hỗ trợ nhà ở"
                                        + " đối với 12 hộ (*trong đó 05 hộ theo nguồn MTTQ., 04 hộ theo chương trình của Bộ"
                                        + " Quốc Phòng, 03 hộ theo Quyết định của UBND huyện*). Lập danh sách đề nghị hỗ trợ"
                                        + " giai đoạn 2024-2025 đối với 06 hộ gia đình có khó khăn về nhà ở. Đã lập danh sách"
                                        + " đề nghị hỗ trợ mua dụng cụ chứa nước sinh hoạt cho 30 hộ nghèo. Hỗ trợ tiền điện"
                                        + " cho 80 hộ nghèo.",
                                "Đến nay có 15 hộ có khả năng thoát nghèo. Để hoàn thành mục tiêu giảm 30 hộ nghèo và 50"
                                        + " hộ cận nghèo, xã đề ra các giải pháp sau."),
                        "2024H1")
                .stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/" + x.kind() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // proposed for support: a plan, of the year in a half-year report; its parts keep its key
                        // across "MTTQ." and take the giver named after them
                        "HH_HOUSING_SUPPORTED/null/2024/PLAN/12",
                        "HH_HOUSING_SUPPORTED/FATHERLAND_FRONT/2024/PLAN/5",
                        "HH_HOUSING_SUPPORTED/MINISTRY_OF_DEFENCE/2024/PLAN/4",
                        "HH_HOUSING_SUPPORTED/DISTRICT/2024/PLAN/3",
                        "HH_HOUSING_SUPPORTED/null/2024/2025/PLAN/6",
                        "BENEFIT_WATER_CONTAINER/null/2024/PLAN/30",
                        // support given stays the half year's result
                        "BENEFIT_ELECTRICITY_SUPPORT/null/2024H1/ACTUAL/80",
                        "HH_POOR_REDUCED/null/2024/TARGET/30",
                        // "có khả năng thoát nghèo": expected to escape this year
                        "HH_POOR_REDUCED/null/2024/ESTIMATE/15",
                        "HH_NEAR_POOR_REDUCED/null/2024/TARGET/50"),
                got);
    }

    @Test
    void housingSupportTakesTheGiverNamedBeforeIt() {
        assertEquals(
                List.of(
                        // the committee's phase names the committee, not the figure's period
                        "HOUSES_BUILT_OR_REPAIRED/STATE_PROGRAM/2021/2024/ACTUAL/8",
                        "HOUSES_BUILT_OR_REPAIRED/FATHERLAND_FRONT/2021/2024/ACTUAL/20",
                        "HOUSES_BUILT/RED_CROSS/2021/2024/ACTUAL/2",
                        "HOUSES_BUILT/MILITARY/2021/2024/ACTUAL/3",
                        "HH_HOUSING_SUPPORTED/MINISTRY_OF_PUBLIC_SECURITY/2021/2024/ACTUAL/150",
                        // the households a support reached are no giver
                        "HH_HOUSING_SUPPORTED/null/2021/2024/ACTUAL/25"),
                read(
                        "+ Hỗ trợ nhà ở: Ban Chỉ đạo hỗ trợ nhà ở cho hộ nghèo có khó khăn về nhà ở của huyện giai"
                                + " đoạn 2021-2025 và trong 3 năm đã hỗ trợ được 8 nhà cho hộ nghèo; Ủy ban MTTQ huyện"
                                + " đã hỗ trợ xây mới và sửa chữa được 20 nhà; Hội Chữ thập đỏ vận động xây mới được 02"
                                + " nhà cho hộ nghèo; nguồn vốn Quân khu hỗ trợ xây dựng mới 03 nhà.",
                        "- Bộ Công an hỗ trợ làm mới nhà ở cho 150 hộ.",
                        "- Đã hỗ trợ sửa chữa nhà ở cho 25 hộ nghèo."));
    }

    @Test
    void aCountsGroupAndTopicAndThePeopleACourseWasFor() {
        assertEquals(
                List.of(
                        // the group after the count before ("… thẻ … hộ nghèo, 800 thẻ …") is that count's
                        "BENEFIT_HEALTH_INSURANCE_CARDS/POOR/2021/2024/ACTUAL/1200",
                        "BENEFIT_HEALTH_INSURANCE_CARDS/NEAR_POOR/2021/2024/ACTUAL/800",
                        // the topic named only by the item's label; "từ năm 2021 đến tháng nay" seen whole
                        "BENEFIT_ELECTRICITY_SUPPORT/null/2021/2024/ACTUAL/900",
                        // courses for village officials and community representatives build capacity
                        "TRAINING_COURSES/CAPACITY_BUILDING/2021/2024/ACTUAL/10",
                        "TRAINING_PARTICIPANT_TIMES/CAPACITY_BUILDING/2021/2024/ACTUAL/900"),
                read(
                        "Đã cấp 1.200 thẻ bảo hiểm y tế hộ nghèo, 800 thẻ bảo hiểm y tế hộ cận nghèo.",
                        "- *Chính sách hỗ trợ tiền điện:* Chính sách này giúp hộ nghèo có điện thắp sáng. Từ năm 2021"
                                + " đến tháng nay hỗ trợ 900 lượt hộ nghèo.",
                        "Tổ chức 10 lớp với 900 lượt học viên (cán bộ thôn, bản, cộng tác viên giảm nghèo)."));
    }

    @Test
    void coursesUnderTheCapacityBuildingSubProject() {
        Catalogue withDa7 = new Catalogue() {
            @Override
            public List<Program> programs() {
                return ReaderRulesTest.CATALOGUE.programs();
            }

            @Override
            public List<Component> components(String program) {
                return List.of(
                        new Component("DA7", "PROJECT", 7, null, "Nâng cao năng lực và giám sát, đánh giá"),
                        new Component("DA7.TDA1", "SUB_PROJECT", 1, "DA7", "Nâng cao năng lực thực hiện Chương trình"));
            }

            @Override
            public java.util.Optional<String> unitNamed(String name) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean indicatorExists(String code) {
                return true;
            }
        };
        List<String> got = Extractor.read(
                        DocumentText.ofLines(String.join(
                                "\n",
                                "Dự án 7: Nâng cao năng lực và giám sát, đánh giá thực hiện Chương trình",
                                "- Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình với kinh phí 300 triệu đồng."
                                        + " Triển khai 04 lớp, với 320 người tham gia.")),
                        new ReportContext("109", "GNBV-2021-2025", java.time.LocalDate.of(2024, 8, 1), "2021/2024"),
                        withDa7)
                .stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        // the sub-project's name gives the courses their content
        assertEquals(
                List.of("TRAINING_COURSES/CAPACITY_BUILDING/4", "TRAINING_PARTICIPANTS/CAPACITY_BUILDING/320"), got);
    }

    @Test
    void reductionsByGroupOfPlacesRangesAndAListOfTargets() {
        assertEquals(
                List.of(
                        "POOR_RATE_REDUCTION/null/2021/2024/ACTUAL/3",
                        "POOR_RATE_REDUCTION/POOR_DISTRICTS/2021/2025/TARGET/4",
                        // "Phấn đấu …:" makes each clause of its sentence a target; a range's floor is read
                        "POOR_RATE/null/2025/TARGET/2.1",
                        "POOR_RATE_REDUCTION/DBKK_COMMUNES/2025/TARGET/3"),
                read(
                        "Tỷ lệ hộ nghèo giảm bình quân 3%/năm, riêng các huyện nghèo giảm trên 4%/năm.",
                        "- Phấn đấu đến cuối năm 2025 tỷ lệ hộ nghèo: Toàn tỉnh còn 2,1%; xã đặc biệt khó khăn giảm"
                                + " 3-4%."));
    }
}
