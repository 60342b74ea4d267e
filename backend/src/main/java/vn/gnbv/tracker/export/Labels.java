package vn.gnbv.tracker.export;

import java.util.Map;

/** Vietnamese words of the exports: sign-off states, comparators, units of measure, finding rules. */
final class Labels {
    private Labels() {}

    static String status(SignOffStatus.Status s) {
        return s == SignOffStatus.Status.APPROVED ? "Đã phê duyệt" : "Dự thảo";
    }

    /** The first row of every sheet and of the drafted report. */
    static String banner(SignOffStatus.Status s) {
        return s == SignOffStatus.Status.APPROVED
                ? "ĐÃ PHÊ DUYỆT – số liệu đã được cấp trên phê duyệt (APPROVED)"
                : "DỰ THẢO – số liệu chưa được phê duyệt (DRAFT)";
    }

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    /**
     * A period as the seeds' headings say it: "Năm 2023", "6 tháng đầu năm 2023", "Quý II/2023", "Tháng 5/2023",
     * "Cả kỳ 2021–2025"; {@link #periodInProse} for the middle of a sentence.
     */
    static String period(String id) {
        if (id.contains("/")) {
            return "Cả kỳ " + id.replace('/', '–');
        }
        String year = id.substring(0, 4);
        if (id.length() == 4) {
            return "Năm " + year;
        }
        return switch (id.charAt(4)) {
            case 'H' -> "6 tháng " + (id.charAt(5) == '1' ? "đầu" : "cuối") + " năm " + year;
            case 'Q' -> "Quý " + QUARTERS[id.charAt(5) - '1'] + "/" + year;
            default -> "Tháng " + Integer.parseInt(id.substring(5)) + "/" + year;
        };
    }

    static String periodInProse(String id) {
        String p = period(id);
        return Character.isDigit(p.charAt(0)) ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    /** "Trạng thái phê duyệt: 2021 Dự thảo; 2022 Dự thảo; …". */
    static String signOffs(Annex.Header h) {
        StringBuilder sb = new StringBuilder("Trạng thái phê duyệt: ");
        h.signOff()
                .forEach((period, s) -> sb.append(period.replace('/', '–'))
                        .append(' ')
                        .append(status(s))
                        .append("; "));
        return sb.substring(0, sb.length() - 2);
    }

    private static final Map<String, String> COMPARATORS =
            Map.of("GT", "trên", "GE", "ít nhất", "LT", "dưới", "LE", "tối đa", "EQ", "bằng", "APPROX", "khoảng");

    static String comparator(String code) {
        return code == null ? null : COMPARATORS.getOrDefault(code, code);
    }

    private static final Map<String, String> UNITS = Map.of(
            "HOUSEHOLD", "hộ",
            "HOUSEHOLD_TIME", "lượt hộ",
            "PERSON", "người",
            "PERSON_TIME", "lượt người",
            "COUNT", "số lượng",
            "PERCENT", "%",
            "VND", "đồng",
            "KILOGRAM", "kg");

    static String unitOfMeasure(String code) {
        return UNITS.getOrDefault(code, code);
    }

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("TOTAL_VS_PARTS", "Tổng khác tổng các phần"),
            Map.entry("AVAILABLE_VS_FLOWS", "Tổng nguồn khác chuyển sang + được giao"),
            Map.entry("CARRY_OVER_CHAIN", "Chuyển nguồn không nối tiếp"),
            Map.entry("DISBURSED_OVER_AVAILABLE", "Giải ngân vượt tổng nguồn"),
            Map.entry("ALLOCATED_OVER_ASSIGNED", "Phân bổ vượt số được giao"),
            Map.entry("RETURNED_OVER_CARRIED_IN", "Nộp trả vượt nguồn"),
            Map.entry("RATE_VS_COUNTS", "Tỷ lệ khác số đếm"),
            Map.entry("SHARE_OUT_OF_RANGE", "Tỷ lệ ngoài 0–100 %"),
            Map.entry("MAGNITUDE", "Số lớn bất thường"),
            Map.entry("REPORTS_DISAGREE", "Hai báo cáo khác nhau"),
            Map.entry("CATEGORIES_VS_TOTAL", "Các nhóm khác tổng"),
            Map.entry("YEARS_VS_PERIOD", "Các năm khác cả kỳ"),
            Map.entry("CHANGE_VS_LEVELS", "Mức giảm khác hai mức"),
            Map.entry("MAGNITUDE_VS_HISTORY", "Số lớn bất thường so với các năm"),
            Map.entry("YEAR_OVER_YEAR_JUMP", "Thay đổi bất thường giữa hai năm"));

    static String rule(String code) {
        return RULES.getOrDefault(code, code);
    }
}
