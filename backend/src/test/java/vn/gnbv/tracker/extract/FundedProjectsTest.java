package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Local projects told as money (FundedProjects): invented paragraphs, without Quarkus or a database. */
class FundedProjectsTest {
    private static final Catalogue CATALOGUE = new Catalogue() {
        @Override
        public List<Program> programs() {
            return ReaderRulesTest.CATALOGUE.programs();
        }

        @Override
        public List<Component> components(String program) {
            return ReaderRulesTest.CATALOGUE.components(program);
        }

        @Override
        public Optional<String> unitNamed(String name) {
            return switch (name) {
                case "Mường Hum" -> Optional.of("00001");
                case "Bản Xèo" -> Optional.of("00002");
                default -> Optional.empty();
            };
        }

        @Override
        public boolean indicatorExists(String code) {
            return true;
        }
    };

    private static List<String> projects(String... lines) {
        return Extractor.read(
                        DocumentText.ofLines(String.join("\n", lines)),
                        new ReportContext("109", "GNBV-2021-2025", LocalDate.of(2024, 8, 1), "2021/2024"),
                        CATALOGUE)
                .stream()
                .filter(p -> p.dataset() == Proposal.Dataset.LOCAL_PROJECTS)
                .map(p -> p.component() + "/" + p.unit() + "/" + p.project().budgetStateVnd() + "/"
                        + p.project().name())
                .toList();
    }

    @Test
    void moneyOfAProductionComponentSpentOnAModelIsAProject() {
        assertEquals(
                List.of(
                        "DA2/109/3000000000/thực hiện 03 chuỗi liên kết tại các xã",
                        "DA2/109/6000000000/Thực hiện mô hình đa dạng hóa sinh kế lĩnh vực chăn nuôi",
                        // the amount disbursed "thực hiện mô hình …"
                        "DA2/109/700000000/thực hiện mô hình phát triển sản xuất nông nghiệp"),
                projects(
                        "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
                        // a total whose parts follow is no project
                        "Năm 2023: Vốn giao thực hiện: 9.000 triệu đồng (*vốn năm 2022 chuyển sang 2023 1.000 triệu"
                                + " đồng; giao 2023 8.000 triệu đồng*) thực hiện hỗ trợ phát triển sản xuất, cụ thể:",
                        "- Trung tâm DVNN: 3.000 triệu đồng (*vốn năm 2022 chuyển sang 2023 1.000 triệu đồng; giao"
                                + " 2023 2.000 triệu đồng*) thực hiện 03 chuỗi liên kết tại các xã, giải ngân"
                                + " 2.500/3.000 triệu đồng, đạt 83%.",
                        "- Giao Ủy ban nhân dân xã: 6.000 triệu đồng. Thực hiện mô hình đa dạng hóa sinh kế lĩnh vực"
                                + " chăn nuôi. Thời điểm báo cáo đang triển khai.",
                        // money kept for what goes on is no new project
                        "- Giao Trung tâm DVNN: 1.200 triệu đồng. Thời điểm báo cáo đang thực hiện duy trì các dự án"
                                + " chuỗi liên kết.",
                        "Năm 2024: Kết quả giải ngân 700/1.000 triệu đồng thực hiện mô hình phát triển sản xuất nông"
                                + " nghiệp, đạt 70%."));
    }

    @Test
    void theWorksOfAListEachWithItsCommuneAndAmount() {
        assertEquals(
                List.of(
                        "DA6/00001/400000000/Sửa chữa nhà văn hóa xã Mường Hum",
                        "DA6/00002/500000000/Đường nội đồng xã Bản Xèo"),
                projects(
                        "Dự án 6: Truyền thông và giảm nghèo về thông tin",
                        "+ Vốn sự nghiệp: 900 triệu đồng thực hiện duy tu 02 công trình (*Cụ thể: Sửa chữa nhà văn hóa"
                                + " xã Mường Hum 400 triệu đồng, Đường nội đồng xã Bản Xèo 500 triệu đồng,"
                                + " Đường thôn Nà Hừ 300 triệu đồng*)."));
    }
}
