package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ReaderRulesTest continued for the rules that read a funding line against others (carry-over origins, returns,
 * bodies, totals and their parts, sentences broken over lines) and for values stated as floors: invented paragraphs,
 * without Quarkus or a database. Each line is "locator key-and-value" so a failure shows the whole reading.
 */
class FundingRulesTest {
    private static List<String> read(String period, String... lines) {
        return ReaderRulesTest.read(String.join("\n", lines), period).stream()
                .map(p -> p.citations().get(0).locator() + " " + p.identity())
                .toList();
    }

    private static List<String> funding(List<String> read) {
        return read.stream().filter(s -> s.contains(" F|")).toList();
    }

    @Test
    void carryOversKeepTheirOriginOnlyWhenTheMoneyHadOne() {
        List<String> got = read(
                "2021/2024",
                "Dự án 6: Truyền thông và giảm nghèo về thông tin",
                "Năm 2022: Kế hoạch vốn giao 500 triệu đồng, cụ thể:",
                "- Tiểu dự án 1: Giảm nghèo về thông tin 300 triệu đồng, chưa giải ngân. Chuyển nguồn sang năm 2023.",
                "- Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều: kinh phí 200 triệu đồng, giải ngân 150/200 triệu"
                        + " đồng. Chuyển nguồn sang năm 2023 50 triệu đồng.",
                "Năm 2023:",
                "- Tiểu dự án 1: Giảm nghèo về thông tin: 700 triệu đồng (vốn chuyển nguồn năm 2022 sang 2023 300 triệu"
                        + " đồng; giao năm 2023 400 triệu đồng), trong đó:",
                "+ Vốn chuyển nguồn 2022 sang 2023: 300 triệu đồng, giải ngân 280/300 triệu đồng. Chuyển nguồn sang năm"
                        + " 2024 20 triệu đồng.",
                "+ Vốn giao năm 2023: 400 triệu đồng. Đến 31/12/2023 không thực hiện. Chuyển nguồn sang năm 2024.",
                "- Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều: 600 triệu đồng (vốn chuyển nguồn 2022 sang 2023 50"
                        + " triệu đồng; giao 2023 550 triệu đồng), giải ngân 500/600 triệu đồng. Chuyển nguồn sang năm"
                        + " 2024 100 triệu đồng.",
                "Năm 2024:",
                "- Tiểu dự án 1: Giảm nghèo về thông tin là 900 triệu đồng (vốn chuyển nguồn 2023 sang 2024 420 triệu"
                        + " đồng; giao 2024 480 triệu đồng).",
                "- Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều là 1.000 triệu đồng (vốn chuyển nguồn 2023 sang"
                        + " 2024 100 triệu đồng; giao 2024 900 triệu đồng).");
        String k = "F|GNBV-2021-2025|DA6.TDA";
        List<String> carried = got.stream().filter(s -> s.contains("CARRIED")).toList();
        assertEquals(
                List.of(
                        // one assigned amount not spent: all of it carried, its own year's money
                        "l.3 " + k + "1|109|2022|UNSPECIFIED|RECURRENT|CARRIED_OUT||2022|300000000",
                        // the year's money was all assigned that year
                        "l.4 " + k + "2|109|2022|UNSPECIFIED|RECURRENT|CARRIED_OUT||2022|50000000",
                        "l.6 " + k + "1|109|2023|UNSPECIFIED|RECURRENT|CARRIED_IN||2022|300000000",
                        // the bullet's label names the money: 2022's
                        "l.7 " + k + "1|109|2023|UNSPECIFIED|RECURRENT|CARRIED_OUT||2022|20000000",
                        "l.8 " + k + "1|109|2023|UNSPECIFIED|RECURRENT|CARRIED_OUT||2023|400000000",
                        "l.9 " + k + "2|109|2023|UNSPECIFIED|RECURRENT|CARRIED_IN||2022|50000000",
                        // 2023's money of TDA2 had two origins (carried in and assigned): the carry-out has none
                        "l.9 " + k + "2|109|2023|UNSPECIFIED|RECURRENT|CARRIED_OUT|||100000000",
                        // what TDA1 carried out of 2023 came from 2022 and 2023: no one origin
                        "l.11 " + k + "1|109|2024|UNSPECIFIED|RECURRENT|CARRIED_IN|||420000000",
                        "l.12 " + k + "2|109|2024|UNSPECIFIED|RECURRENT|CARRIED_IN||2023|100000000"),
                carried);
        // disbursed from the money the label names
        assertEquals(
                List.of("l.7 " + k + "1|109|2023|UNSPECIFIED|RECURRENT|DISBURSED||2022|280000000"),
                got.stream()
                        .filter(s -> s.startsWith("l.7 ") && s.contains("DISBURSED"))
                        .toList());
    }

    @Test
    void carriedMoneyHandedBackIsReturnedByTheBodyThatReturnedIt() {
        assertEquals(
                List.of(
                        "l.2 F|GNBV-2021-2025|DA6.TDA2|109|2024|UNSPECIFIED|RECURRENT|RETURNED|Phòng Văn hóa - Thông"
                                + " tin||80000000",
                        "l.5 F|GNBV-2021-2025|DA6.TDA1|109|2023|UNSPECIFIED|RECURRENT|CARRIED_OUT||2023|30000000"),
                read(
                        "2021/2024",
                        "d) Số vốn không thể giải ngân:",
                        "1.1. Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều, Dự án 6: Truyền thông và giảm nghèo"
                                + " về thông tin, không thực hiện chuyển nguồn sang năm 2024 là: 80.000.000 đồng.",
                        "Lý do không thực hiện được là trùng đối tượng.",
                        "Phòng Văn hóa - Thông tin đã nộp trả ngân sách huyện.",
                        "1.2. Tiểu dự án 1: Giảm nghèo về thông tin, Dự án 6: Truyền thông và giảm nghèo về thông tin,"
                                + " không thực hiện hết chuyển nguồn sang năm 2024 là: 30.000.000 đồng.",
                        "Nguyên nhân là không còn nội dung thực hiện."));
    }

    @Test
    void moneyStatedBodyByBodyAndItemsWithoutAVerb() {
        String k = "F|GNBV-2021-2025|DA2|109|";
        String centre = "Trung tâm Dịch vụ nông nghiệp huyện";
        assertEquals(
                List.of(
                        // the total stays; its parts are the bodies' lines below
                        "l.2 " + k + "2023|UNSPECIFIED|RECURRENT|AVAILABLE|||900000000",
                        "l.3 " + k + "2023|UNSPECIFIED|RECURRENT|AVAILABLE|" + centre + "||400000000",
                        "l.3 " + k + "2023|UNSPECIFIED|RECURRENT|CARRIED_IN|" + centre + "|2022|100000000",
                        "l.3 " + k + "2023|UNSPECIFIED|RECURRENT|ASSIGNED|" + centre + "|2023|300000000",
                        "l.3 " + k + "2023|UNSPECIFIED|RECURRENT|DISBURSED|" + centre + "||350000000",
                        // a body named before its amount, no verb: the money it was given
                        "l.4 " + k + "2023|UNSPECIFIED|RECURRENT|ASSIGNED|UBND các xã, thị trấn|2023|500000000",
                        // no verb, but a ratio is measured against it: the plan
                        "l.5 " + k + "2023|UNSPECIFIED|RECURRENT|ASSIGNED||2023|120000000",
                        "l.5 " + k + "2023|UNSPECIFIED|RECURRENT|DISBURSED|||120000000",
                        "l.7 " + k + "2024|UNSPECIFIED|RECURRENT|AVAILABLE|" + centre + "||300000000",
                        "l.7 " + k + "2024|UNSPECIFIED|RECURRENT|CARRIED_IN|" + centre + "|2023|50000000",
                        // "năm 2023 chuyển sang 2024 …, giao 2024": 2023 is the carried money's, not this one's
                        "l.7 " + k + "2024|UNSPECIFIED|RECURRENT|ASSIGNED|" + centre + "|2024|250000000",
                        // a total that is its one part is that part
                        "l.8 " + k + "2024|UNSPECIFIED|RECURRENT|CARRIED_IN|Phòng Văn hóa - Thông tin|2023|60000000"),
                funding(read(
                        "2021/2024",
                        "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
                        "Năm 2023: Vốn giao thực hiện: 900 triệu đồng (vốn năm 2022 chuyển sang 2023 100 triệu đồng;"
                                + " giao năm 2023 800 triệu đồng), cụ thể:",
                        "- Trung tâm DVNN: 400 triệu đồng (vốn năm 2022 chuyển sang 2023 100 triệu đồng; giao 2023 300"
                                + " triệu đồng), giải ngân 350/400 triệu đồng.",
                        "- Ủy ban nhân dân xã, thị trấn 500 triệu đồng, hỗ trợ mô hình sinh kế.",
                        "- Duy tu 02 công trình 120 triệu đồng, giải ngân là 120/120 triệu đồng.",
                        "Năm 2024:",
                        "- Trung tâm DVNN: 300 triệu đồng (vốn năm 2023 chuyển sang 2024 50 triệu đồng, giao 2024 250"
                                + " triệu đồng).",
                        "- Phòng Văn hóa - Thông tin 60 triệu đồng (vốn chuyển nguồn năm 2023 sang 2024 60 triệu"
                                + " đồng).")));
    }

    @Test
    void totalsOverCapitalTypesOrYearsAreNotLinesButTheirPartsAre() {
        String k = "F|GNBV-2021-2025|DA6|109|";
        assertEquals(
                List.of(
                        // 1.300 is investment + recurrent: not a line; 1.000 includes carried money: AVAILABLE
                        "l.2 " + k + "2023|UNSPECIFIED|INVESTMENT|AVAILABLE|||1000000000",
                        // a part in the parenthesis after an amount shares its capital type
                        "l.2 " + k + "2023|UNSPECIFIED|INVESTMENT|CARRIED_IN||2022|200000000",
                        "l.2 " + k + "2023|UNSPECIFIED|RECURRENT|ASSIGNED||2023|300000000",
                        // "Tiểu dự án 1,2": the project, not its first sub-project
                        "l.3 " + k + "2023|UNSPECIFIED|INVESTMENT|ASSIGNED||2023|800000000",
                        "l.3 " + k + "2023|UNSPECIFIED|INVESTMENT|DISBURSED|||900000000",
                        // 500 is 2021's money + 2022's: its parts are the lines
                        "l.4 " + k + "2022|UNSPECIFIED|RECURRENT|ASSIGNED||2021|100000000",
                        "l.4 " + k + "2022|UNSPECIFIED|RECURRENT|ASSIGNED||2022|400000000"),
                read(
                        "2021/2024",
                        "Dự án 6: Truyền thông và giảm nghèo về thông tin",
                        "Năm 2023: Vốn giao: 1.300 triệu đồng (trong đó: vốn đầu tư 1.000 triệu đồng (gồm 200 triệu"
                                + " đồng chuyển nguồn năm 2022 sang 2023); vốn sự nghiệp 300 triệu đồng), cụ thể:",
                        "+ Vốn đầu tư: Tiểu dự án 1,2 là 1.000 triệu đồng (gồm 200 triệu đồng chuyển nguồn năm 2022"
                                + " sang 2023; giao năm 2023 800 triệu đồng), giải ngân 900/1.000 triệu đồng.",
                        "Năm 2022: Vốn giao 500 triệu đồng (trong đó, giao bổ sung thực hiện dự án năm 2021 là 100"
                                + " triệu đồng; giao năm 2022 400 triệu đồng)."));
    }

    @Test
    void aRateBeforeThePartsAndASentenceBrokenOverLines() {
        String k = "F|GNBV-2021-2025||109||CENTRAL|";
        assertEquals(
                List.of(
                        // "… 500" then "triệu đồng" on the next line: one sentence
                        "l.2 " + k + "INVESTMENT|MEDIUM_TERM_PLAN|||1000000000",
                        "l.2 " + k + "RECURRENT|MEDIUM_TERM_PLAN|||500000000",
                        // "…, đạt 60,5% kế hoạch vốn giao, trong đó …": 900 is the total of the parts that follow
                        "l.5 " + k + "INVESTMENT|DISBURSED|||700000000",
                        "l.5 " + k + "RECURRENT|DISBURSED|||200000000"),
                read(
                        "2021/2024",
                        "II. KẾT QUẢ THỰC HIỆN",
                        "a) Kế hoạch trung hạn vốn ngân sách trung ương giao là 1.500 triệu đồng, trong đó vốn đầu tư"
                                + " 1.000 triệu đồng; vốn sự nghiệp 500",
                        "",
                        "triệu đồng",
                        "c) Giải ngân kế hoạch vốn ngân sách trung ương giai đoạn 2021-2024 là 900 triệu đồng, đạt"
                                + " 60,5% kế hoạch vốn giao, trong đó vốn đầu tư 700 triệu đồng; vốn sự nghiệp 200 triệu"
                                + " đồng."));
    }

    @Test
    void counterpartCreditAndMobilisedMoneyByWhoGaveIt() {
        String k = "F|GNBV-2021-2025||109||";
        assertEquals(
                List.of(
                        // the local budget's counterpart under a mobilisation heading is budgeted, not mobilised
                        "l.3 " + k + "LOCAL|INVESTMENT|ASSIGNED|||500000000",
                        // the credit's parts by borrower group name no key of a funding line: the total is the line
                        "l.4 " + k + "POLICY_CREDIT|UNSPECIFIED|DISBURSED|||9000000000",
                        // the first part names no source, the second does: parts by source; the first is mobilised
                        "l.6 " + k + "MOBILIZED|UNSPECIFIED|MOBILIZED|||400000000",
                        "l.6 " + k + "MOBILIZED_MILITARY|UNSPECIFIED|MOBILIZED|||300000000",
                        "l.6 " + k + "MOBILIZED_FATHERLAND_FRONT|UNSPECIFIED|MOBILIZED|||200000000"),
                read(
                                "2021/2024",
                                "3. Vốn đối ứng và huy động nguồn lực thực hiện",
                                "a) Vốn đối ứng (ngân sách địa phương)",
                                "- Vốn đầu tư: 500 triệu đồng",
                                "b) Vốn tín dụng: Ngân hàng chính sách xã hội huyện cho 300 hộ vay với số vốn 9.000 triệu"
                                        + " đồng. Trong đó hộ nghèo là 200 hộ, 6.000 triệu đồng; hộ cận nghèo 100 hộ,"
                                        + " 3.000 triệu đồng.",
                                "c) Huy động khác:",
                                "Tổng huy động được là 900.000.000 đ, trong đó nguồn của các nhà hảo tâm: 400.000.000đ;"
                                        + " nguồn của Quân khu: 300.000.000đ; nguồn của Ủy ban MTTQ huyện: 200.000.000đ.")
                        .stream()
                        .filter(s -> s.contains(" F|"))
                        .toList());
    }

    @Test
    void theCostOfWhatWasDoneIsSpent() {
        String k = "F|GNBV-2021-2025|DA6|109|";
        assertEquals(
                List.of(
                        // an item of a list of an activity's results
                        "l.4 " + k + "2022|UNSPECIFIED|RECURRENT|DISBURSED|||30000000",
                        // "Đã tổ chức … với tổng kinh phí là …"
                        "l.5 " + k + "2023|UNSPECIFIED|RECURRENT|DISBURSED|||45000000",
                        // a "kinh phí" a ratio is measured against stays the money to spend
                        "l.6 " + k + "2024|UNSPECIFIED|RECURRENT|AVAILABLE|||60000000",
                        "l.6 " + k + "2024|UNSPECIFIED|RECURRENT|DISBURSED|||20000000"),
                read(
                                "2021/2024",
                                "Dự án 6: Truyền thông và giảm nghèo về thông tin",
                                "Năm 2022:",
                                "+ Tổng số lớp tập huấn: 02 lớp.",
                                "+ Kinh phí thực hiện: 30.000.000 đ.",
                                "Năm 2023: Đã tổ chức 03 hội nghị tuyên truyền với 240 đại biểu, với tổng kinh phí là"
                                        + " 45 triệu đồng.",
                                "Năm 2024: Kinh phí thực hiện 60 triệu đồng, giải ngân 20/60 triệu đồng.")
                        .stream()
                        .filter(s -> s.contains(" F|"))
                        .toList());
    }

    @Test
    void aValueStatedAsAFloorIsATargetOverThePhase() {
        String text = "- Trên 85% hộ nghèo sử dụng nước sinh hoạt hợp vệ sinh; ít nhất 55% hộ nghèo sử dụng nhà tiêu"
                + " hợp vệ sinh; 70% hộ nghèo được tiếp cận internet.";
        assertEquals(
                List.of(
                        "l.2 I|HYGIENIC_WATER_RATE|109|2021/2025|TARGET||85",
                        "l.2 I|HYGIENIC_LATRINE_RATE|109|2021/2025|TARGET||55",
                        "l.2 I|TELECOM_ACCESS_RATE|109|2021/2024|ACTUAL||70"),
                read("2021/2024", "Kết quả thực hiện các chỉ tiêu:", text));
        // a one-year report's floors are that year's
        assertEquals(
                List.of(
                        "l.2 I|HYGIENIC_WATER_RATE|109|2024|TARGET||85",
                        "l.2 I|HYGIENIC_LATRINE_RATE|109|2024|TARGET||55",
                        "l.2 I|TELECOM_ACCESS_RATE|109|2024|PLAN||70"),
                read("2024", "Kết quả thực hiện các chỉ tiêu:", text));
    }
}
