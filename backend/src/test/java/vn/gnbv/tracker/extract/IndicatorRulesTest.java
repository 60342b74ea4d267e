package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ReaderRulesTest continued for the indicator rules of the fourth round (groups named by headings, works by type,
 * years compared with, the province's targets, restated targets, yearly norms): invented paragraphs, without Quarkus
 * or a database.
 */
class IndicatorRulesTest {
    private static final Catalogue CATALOGUE = ReaderRulesTest.CATALOGUE;

    private static List<Proposal> read(String text, String period) {
        return ReaderRulesTest.read(text, period);
    }

    @Test
    void aGroupNamedByAHeadingIsTheCategoryOfTheValuesUnderIt() {
        List<String> got = read(
                        String.join(
                                "\n",
                                "4. Hoạt động của các tổ chức chính trị - xã hội",
                                "* *Hội Cựu chiến binh huyện:*",
                                "- Đã tặng 120 suất quà cho hội viên nghèo; tổ chức 4 lớp tập huấn cho 160 hội viên.",
                                "* *Hội Liên hiệp phụ nữ huyện:*",
                                "Tặng 80 suất quà cho phụ nữ nghèo.",
                                "- *Nội dung tập huấn nâng cao năng lực*",
                                "+ Tổng số lớp tập huấn: 02 lớp.",
                                "- *Nội dung giám sát, đánh giá*",
                                "+ Số cuộc kiểm tra, giám sát: 05 cuộc.",
                                "5. Kết quả khác",
                                "Tặng 50 suất quà cho hộ cận nghèo; 30 suất quà Tết."),
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        "GIFTS/VETERANS/120",
                        "TRAINING_COURSES/VETERANS/4",
                        "GIFTS/WOMEN_UNION/80",
                        "TRAINING_COURSES/CAPACITY_BUILDING/2",
                        // a heading that names no group ends the one before; a numbered heading too
                        "INSPECTIONS/null/5",
                        // a category of its own is kept
                        "GIFTS/NEAR_POOR/50",
                        "GIFTS/null/30"),
                got);
    }

    @Test
    void worksBuiltOrMaintainedByStateAndByType() {
        List<String> got = read(
                        String.join(
                                "\n",
                                "Năm 2022:",
                                "+ Vốn đầu tư: 900 triệu đồng, thực hiện đầu tư 12 dự án (trong đó: có 05 công trình nước"
                                        + " sinh hoạt và thủy lợi; 04 công trình đường giao thông; 02 công trình phục vụ văn"
                                        + " hóa; 01 công trình trường học). Giải ngân 800/900 triệu đồng.",
                                "- Duy tu bảo dưỡng 02 dự án giao thông liên xã.",
                                "Năm 2023:",
                                "+ Thực hiện đầu tư 07 dự án chuyển tiếp, 02 dự án khởi công mới (trong đó: có 06 công"
                                        + " trình đường giao thông; 03 công trình trường học).",
                                "- Duy tu, bảo dưỡng 09 công trình bị hư hỏng (trong đó 03 công trình nhà văn hóa; 06"
                                        + " đường GTNT).",
                                "- Hoàn thành nghiệm thu trong năm 2023 (05 dự án: 03 công trình đường giao thông)."),
                        "2021/2024")
                .stream()
                .filter(x -> x.dataset() == Proposal.Dataset.INDICATOR_VALUES)
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        "INFRA_WORKS/null/2022/12",
                        "INFRA_WORKS/WATER_IRRIGATION/2022/5",
                        "INFRA_WORKS/ROADS/2022/4",
                        "INFRA_WORKS/CULTURE/2022/2",
                        "INFRA_WORKS/SCHOOLS/2022/1",
                        "INFRA_WORKS_MAINTAINED/ROADS/2022/2",
                        "INFRA_WORKS/CONTINUING/2023/7",
                        "INFRA_WORKS/NEW_START/2023/2",
                        // a count whose own words give its category still has parts by type
                        "INFRA_WORKS/ROADS/2023/6",
                        "INFRA_WORKS/SCHOOLS/2023/3",
                        "INFRA_WORKS_MAINTAINED/null/2023/9",
                        "INFRA_WORKS_MAINTAINED/CULTURE/2023/3",
                        "INFRA_WORKS_MAINTAINED/ROADS/2023/6",
                        "INFRA_WORKS_COMPLETED/null/2023/5",
                        // its parts named after a colon (sixth round)
                        "INFRA_WORKS_COMPLETED/ROADS/2023/3"),
                got);
    }

    @Test
    void theYearComparedWithAndThePeopleACourseWasFor() {
        List<String> got = read(
                        "Năm 2023, đã tổ chức 03 lớp tập huấn nâng cao năng lực cho 150 cán bộ làm công tác thông tin"
                                + " cơ sở.\nKết quả rà soát đến cuối năm 2023, trong đó: Hộ cận nghèo: 1.200 hộ, chiếm tỷ"
                                + " lệ 4,50% giảm so với năm 2022 là 300 hộ.",
                        "2023")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // the officers it was for, not the kind of course named before them
                        "TRAINING_COURSES/INFORMATION_OFFICERS/2023/3",
                        "TRAINING_PARTICIPANTS/INFORMATION_OFFICERS/2023/150",
                        // "so với năm 2022" is the year compared with
                        "HH_NEAR_POOR/null/2023/1200",
                        "NEAR_POOR_RATE/null/2023/4.5",
                        "HH_NEAR_POOR_REDUCED/null/2023/300"),
                got);
    }

    @Test
    void targetsUnderTheProvincesResolutionAreTheProvinces() {
        Catalogue inProvince = new Catalogue() {
            @Override
            public List<Program> programs() {
                return CATALOGUE.programs();
            }

            @Override
            public List<Component> components(String program) {
                return CATALOGUE.components(program);
            }

            @Override
            public Optional<String> unitNamed(String name) {
                return Optional.empty();
            }

            @Override
            public boolean indicatorExists(String code) {
                return true;
            }

            @Override
            public Optional<String> province() {
                return Optional.of("12");
            }
        };
        List<String> got = Extractor.read(
                        DocumentText.ofLines(String.join(
                                "\n",
                                "1. Kết quả thực hiện các mục tiêu của Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ"
                                        + " tỉnh",
                                "1.1. Chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021-2025",
                                "- 85% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh.",
                                "1.2. Kết quả thực hiện các chỉ tiêu của huyện",
                                "- 70% hộ nghèo sử dụng nhà tiêu hợp vệ sinh.")),
                        new ReportContext("109", "GNBV-2021-2025", LocalDate.of(2024, 8, 1), "2021/2024"),
                        inProvince)
                .stream()
                .map(x -> x.unit() + "/" + x.indicator() + "/" + x.period() + "/" + x.kind())
                .toList();
        assertEquals(
                List.of(
                        // the province's target, restated in a district's report
                        "12/HYGIENIC_WATER_RATE/2021/2025/TARGET",
                        // the district's own result under the same resolution
                        "109/HYGIENIC_LATRINE_RATE/2021/2024/ACTUAL"),
                got);
    }

    @Test
    void targetsRestatedUnderAResultsHeading() {
        List<String> got = read(
                        String.join(
                                "\n",
                                "1.2. Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021-2025",
                                "- 85% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh.",
                                "- Nguyên nhân khó đạt được:",
                                "Năm 2023 có 70% hộ nghèo sử dụng nhà tiêu hợp vệ sinh."),
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.period() + "/" + x.kind())
                .toList();
        // the heading's dash items restate the phase's targets; an item that is a heading of its own ends them
        assertEquals(List.of("HYGIENIC_WATER_RATE/2021/2025/TARGET", "HYGIENIC_LATRINE_RATE/2023/ACTUAL"), got);
    }

    @Test
    void yearlyNormsPlansAndLevelsToReachByAYear() {
        List<String> got = read(
                        "Mỗi năm giảm tỷ lệ hộ nghèo 4%; Giải quyết việc làm cho 500 lao động/năm.\nĐến năm 2025 tỷ lệ"
                                + " lao động qua đào tạo đạt 65%.",
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.period() + "/" + x.kind() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // "mỗi năm": a yearly plan; "500 lao động/năm" a norm, no value of its own
                        "POOR_RATE_REDUCTION/2021/2024/PLAN/4",
                        // "Đến năm 2025 … đạt": the level to reach by a year not yet over
                        "TRAINED_LABOUR_RATE/2025/TARGET/65"),
                got);
    }

    @Test
    void newsTakeTheirChannelNotTheirTopic() {
        List<String> got = read(
                        "Công tác truyền thông: đã xây dựng 250 tin, bài tuyên truyền về giảm nghèo; 20 tin trên Trang"
                                + " điện tử huyện và 15 tin, bài phóng sự trên sóng Đài truyền hình tỉnh.",
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // "truyền thông" is the news' topic, not a channel
                        "COMM_NEWS_ARTICLES/null/250",
                        "COMM_NEWS/WEBSITE/20",
                        // the website is the count before's; this one's channel is named after it
                        "COMM_NEWS_ARTICLES/PROVINCIAL_RADIO_TV/15"),
                got);
    }

    @Test
    void reductionsComparedWithTheYearBefore() {
        List<String> got = read(
                        "Kết quả rà soát đến cuối năm 2023: Tổng số hộ nghèo, hộ cận nghèo toàn huyện là 2.000 hộ, chiếm"
                                + " tỷ lệ 8.25%, trong đó: Hộ nghèo: 900 hộ, chiếm tỷ lệ 3,71%, giảm so với năm 2022 là"
                                + " 150 hộ, tương đương với tỷ lệ giảm 0,62%; Hộ cận nghèo: 1.100 hộ, chiếm tỷ lệ 4,54% giảm so với năm 2022 là 80 hộ,"
                                + " tương đương với tỷ lệ giảm 0,33%.",
                        "2023")
                .stream()
                .filter(x -> x.indicator().contains("REDUC") || x.indicator().equals("POOR_NEAR_POOR_RATE"))
                .map(x -> x.indicator() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // "Tổng số … là 2.000 hộ, chiếm tỷ lệ 8.25%" (a decimal point, flagged)
                        "POOR_NEAR_POOR_RATE/2023/8.25",
                        // "Hộ nghèo: … giảm so với năm 2022 là 150 hộ": the reduction, in 2023
                        "HH_POOR_REDUCED/2023/150",
                        "HH_NEAR_POOR_REDUCED/2023/80",
                        "NEAR_POOR_RATE_REDUCTION/2023/0.33"),
                got);
    }

    @Test
    void aGroupNamedBeforeItsCountMayHoldANumber() {
        List<String> got = read(
                        "Năm 2023 đã đối chiếu danh sách thẻ BHYT cho 06 nhóm đối tượng, trong đó: Trẻ em dưới 6 tuổi"
                                + " 120 thẻ, Hộ nghèo: 300 thẻ, Đối tượng BTXH 80 thẻ.",
                        "2023")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        // "dưới 6 tuổi" holds a number: the group is read from the clause, not since that number
                        "BENEFIT_HEALTH_INSURANCE_CARDS/CHILDREN_UNDER_6/120",
                        "BENEFIT_HEALTH_INSURANCE_CARDS/POOR/300",
                        "BENEFIT_HEALTH_INSURANCE_CARDS/SOCIAL_PROTECTION/80"),
                got);
    }

    @Test
    void ratesAboutPovertyWorkAreNotPovertyReductions() {
        List<String> got = read(
                        "Năm 2023: 100% cán bộ, công chức làm công tác giảm nghèo được bồi dưỡng, tập huấn kiến thức; 92%"
                                + " các hộ gia đình sinh sống địa bàn huyện nghèo được tiếp cận thông tin về giảm nghèo bền"
                                + " vững; 85% hộ gia đình được tiếp cận thông tin về giảm nghèo.",
                        "2021/2024")
                .stream()
                .map(x -> x.indicator() + "/" + x.category() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        // "giảm nghèo" names the work or the information, not a reduction of the poverty rate
        assertEquals(
                List.of(
                        "OFFICIALS_TRAINED_RATE/null/100",
                        "POVERTY_INFO_ACCESS_RATE/POOR_DISTRICTS/92",
                        "POVERTY_INFO_ACCESS_RATE/null/85"),
                got);
    }

    @Test
    void aDatedCountIsKeyedByItsOwnDate() {
        List<String> got = read(
                        "Đã thực hiện miễn giảm học phí và chi phí học tập cho 1.200 lượt học sinh thuộc hộ nghèo. Tại"
                                + " thời điểm 01/10/2015, toàn thành phố có 500 hộ nghèo, chiếm tỷ lệ 1,50% so với tổng"
                                + " số hộ dân; đến 2017 thành phố còn 300 hộ nghèo, chiếm tỷ lệ 0,90% so với tổng số hộ"
                                + " dân.",
                        "2016/2018")
                .stream()
                .map(x -> x.indicator() + "/" + x.period() + "/"
                        + x.value().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(
                List.of(
                        "HH_POOR/2017/300",
                        // "toàn thành phố có 500 hộ nghèo" on 01/10/2015; "đến 2017" is the next clause's year
                        "HH_POOR/2015/500",
                        "POOR_RATE/2015/1.5",
                        "POOR_RATE/2017/0.9",
                        // tuition exempted and study costs paid, one count of pupils
                        "BENEFIT_TUITION_OR_STUDY_COST/2016/2018/1200"),
                got);
    }
}
