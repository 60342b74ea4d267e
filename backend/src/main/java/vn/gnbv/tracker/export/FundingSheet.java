package vn.gnbv.tracker.export;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.gnbv.tracker.funding.FundingFigures;
import vn.gnbv.tracker.funding.FundingSummaryService;

/**
 * The funding annex as a sheet, laid out like the annexes the seed reports attach ("theo mẫu Phụ lục V, VI"): the
 * program's total, then its projects, sub-projects and contents in the phase's order with their codes and names;
 * per fiscal year and over the whole range, what was carried in, assigned, available, disbursed, the disbursement
 * rate and what was carried over to the next year, in triệu đồng; the reports the lines cite in a note below.
 */
final class FundingSheet {
    /** One measure column: its heading and its figure. */
    private record Measure(String heading, Function<FundingFigures, Object> value) {}

    private static final List<Measure> MEASURES = List.of(
            new Measure("Chuyển từ năm trước", FundingFigures::carriedInVnd),
            new Measure("Giao trong kỳ", FundingFigures::assignedVnd),
            new Measure("Tổng nguồn thực hiện", FundingFigures::availableVnd),
            new Measure("Giải ngân", FundingFigures::disbursedVnd),
            new Measure("Tỷ lệ giải ngân (%)", FundingFigures::disbursementRate),
            new Measure("Chuyển sang năm sau", FundingFigures::carriedOutVnd));

    static final int FIRST_FIGURE_COLUMN = 3;
    static final int HEADER_ROW = 6;
    static final int FIRST_DATA_ROW = HEADER_ROW + 2;

    private FundingSheet() {}

    static void write(Xlsx x, Annex.Funding f) {
        Sheet s = x.book.createSheet("Vốn");
        Annex.Header h = f.header();
        Xlsx.text(Xlsx.row(s, 0), 0, Labels.banner(h.overall()), x.status);
        Xlsx.text(Xlsx.row(s, 1), 0, Labels.signOffs(h), x.text);
        Xlsx.text(
                Xlsx.row(s, 2),
                0,
                "KẾT QUẢ THỰC HIỆN VỐN " + h.programName().toUpperCase(java.util.Locale.ROOT)
                        + " (theo mẫu Phụ lục V, VI Thông tư số 10/2022/TT-BLĐTBXH)",
                x.title);
        Xlsx.text(Xlsx.row(s, 3), 0, Sheets.subtitle(h), x.bold);
        Xlsx.text(Xlsx.row(s, 4), 0, "Đơn vị tính: triệu đồng", x.text);

        Row top = Xlsx.row(s, HEADER_ROW);
        Row sub = Xlsx.row(s, HEADER_ROW + 1);
        String[] fixed = {"STT", "Mã", "Dự án, tiểu dự án, nội dung"};
        for (int i = 0; i < fixed.length; i++) {
            Xlsx.text(top, i, fixed[i], x.header);
            Xlsx.text(sub, i, null, x.header);
            s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, i, i));
        }
        int col = FIRST_FIGURE_COLUMN;
        for (Integer year : f.years()) {
            col = group(x, s, top, sub, col, "Năm " + year);
        }
        group(x, s, top, sub, col, "Cả kỳ " + h.years());

        int r = FIRST_DATA_ROW;
        writeRow(x, s.createRow(r++), "", f.total(), f.years(), true);
        Numbering n = new Numbering();
        for (Annex.ComponentRow c : f.rows()) {
            writeRow(x, s.createRow(r++), n.next(c.depth()), c, f.years(), c.depth() == 0);
        }
        r++;
        Xlsx.text(Xlsx.row(s, r++), 0, "Nguồn số liệu (các báo cáo mà số liệu trên trích dẫn):", x.bold);
        if (f.sources().isEmpty()) {
            Xlsx.text(Xlsx.row(s, r++), 0, "- Chưa có số liệu.", x.text);
        }
        for (FundingSummaryService.Source src : f.sources()) {
            Xlsx.text(Xlsx.row(s, r++), 0, Sheets.source(src), x.text);
        }
        Xlsx.text(
                Xlsx.row(s, r + 1),
                0,
                "Ghi chú: mỗi ô số tiền lưu số chính xác bằng đồng và hiển thị theo triệu đồng; tổng nguồn thực hiện"
                        + " = chuyển từ năm trước + giao trong kỳ; tỷ lệ giải ngân = giải ngân / tổng nguồn thực hiện.",
                x.text);
        s.setColumnWidth(0, 8 * 256);
        s.setColumnWidth(1, 12 * 256);
        s.setColumnWidth(2, 60 * 256);
        for (int c = FIRST_FIGURE_COLUMN; c < col + MEASURES.size(); c++) {
            s.setColumnWidth(c, 14 * 256);
        }
        s.createFreezePane(FIRST_FIGURE_COLUMN, FIRST_DATA_ROW);
    }

    /** A year's (or the range's) heading over its measure columns; returns the next free column. */
    private static int group(Xlsx x, Sheet s, Row top, Row sub, int col, String heading) {
        for (int i = 0; i < MEASURES.size(); i++) {
            Xlsx.text(top, col + i, i == 0 ? heading : null, x.header);
            Xlsx.text(sub, col + i, MEASURES.get(i).heading(), x.header);
        }
        s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, col, col + MEASURES.size() - 1));
        return col + MEASURES.size();
    }

    private static void writeRow(
            Xlsx x, Row row, String number, Annex.ComponentRow c, List<Integer> years, boolean strong) {
        Xlsx.text(row, 0, number, strong ? x.labelBold : x.label);
        Xlsx.text(row, 1, c.code(), strong ? x.labelBold : x.label);
        Xlsx.text(row, 2, c.name(), strong ? x.labelBold : x.label);
        int col = FIRST_FIGURE_COLUMN;
        for (Integer y : years) {
            col = figures(x, row, col, c.byYear().get(y));
        }
        figures(x, row, col, c.whole());
    }

    private static int figures(Xlsx x, Row row, int col, FundingFigures f) {
        for (Measure m : MEASURES) {
            Object v = f == null ? null : m.value().apply(f);
            if (v instanceof java.math.BigDecimal rate) {
                Xlsx.number(row, col++, rate, x.percentOfFraction, x.label);
            } else {
                x.money(row, col++, (Long) v, x.label);
            }
        }
        return col;
    }

    /** The annexes' numbering: 1, 2 for projects, 1.1 for a project's sub-projects, 1.1.1 below them. */
    private static final class Numbering {
        private final int[] at = new int[8];

        String next(int depth) {
            int d = Math.min(depth, at.length - 1);
            at[d]++;
            for (int i = d + 1; i < at.length; i++) {
                at[i] = 0;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= d; i++) {
                sb.append(i == 0 ? "" : ".").append(at[i]);
            }
            return sb.toString();
        }
    }
}
