package vn.gnbv.tracker.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;

/**
 * The indicator annex as a sheet ("theo mẫu Phụ lục II": targets and results): the poor / near-poor counts and rates
 * first, then every indicator stated for the unit's subtree in the range; per year and over the range, the unit's own
 * target with its bound, the rolled-up result and whether the target is met.
 */
final class IndicatorSheet {
    static final String[] MEASURES = {"So sánh", "Mục tiêu", "Thực hiện", "Đánh giá"};
    static final int FIRST_FIGURE_COLUMN = 4;
    static final int HEADER_ROW = 5;
    static final int FIRST_DATA_ROW = HEADER_ROW + 2;

    private IndicatorSheet() {}

    static void write(Xlsx x, Annex.Indicators a) {
        Sheet s = x.book.createSheet("Chỉ tiêu");
        Annex.Header h = a.header();
        Xlsx.text(Xlsx.row(s, 0), 0, Labels.banner(h.overall()), x.status);
        Xlsx.text(Xlsx.row(s, 1), 0, Labels.signOffs(h), x.text);
        Xlsx.text(
                Xlsx.row(s, 2),
                0,
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, MỤC TIÊU (theo mẫu Phụ lục II Thông tư số 10/2022/TT-BLĐTBXH)",
                x.title);
        Xlsx.text(Xlsx.row(s, 3), 0, Sheets.subtitle(h), x.bold);
        Row top = Xlsx.row(s, HEADER_ROW);
        Row sub = Xlsx.row(s, HEADER_ROW + 1);
        String[] fixed = {"STT", "Mã", "Chỉ tiêu", "Đơn vị tính"};
        for (int i = 0; i < fixed.length; i++) {
            Xlsx.text(top, i, fixed[i], x.header);
            Xlsx.text(sub, i, null, x.header);
            s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, i, i));
        }
        int col = FIRST_FIGURE_COLUMN;
        for (String p : a.periods()) {
            for (int i = 0; i < MEASURES.length; i++) {
                Xlsx.text(top, col + i, i == 0 ? Labels.period(p) : null, x.header);
                Xlsx.text(sub, col + i, MEASURES[i], x.header);
            }
            s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, col, col + MEASURES.length - 1));
            col += MEASURES.length;
        }
        int r = FIRST_DATA_ROW;
        int n = 1;
        for (Annex.IndicatorRow ind : a.rows()) {
            Row row = s.createRow(r++);
            Xlsx.text(row, 0, String.valueOf(n++), x.label);
            Xlsx.text(row, 1, ind.code(), x.label);
            Xlsx.text(row, 2, ind.name(), x.label);
            Xlsx.text(row, 3, Labels.unitOfMeasure(ind.unitOfMeasure()), x.label);
            CellStyle style = "PERCENT".equals(ind.unitOfMeasure())
                    ? x.decimal
                    : Indicators.whole(ind.unitOfMeasure()) ? x.count : x.decimal;
            int c = FIRST_FIGURE_COLUMN;
            for (String p : a.periods()) {
                Rollup ru = ind.byPeriod().get(p);
                var target = ru == null ? null : ru.target();
                Xlsx.text(
                        row,
                        c,
                        target == null || target.comparator() == null
                                ? null
                                : Labels.comparator(target.comparator().name()),
                        x.label);
                Xlsx.number(row, c + 1, Indicators.decimal(target == null ? null : target.value()), style, x.label);
                Xlsx.number(row, c + 2, Indicators.decimal(Indicators.actual(ru)), style, x.label);
                Xlsx.text(row, c + 3, Indicators.met(ru), x.label);
                c += MEASURES.length;
            }
        }
        Xlsx.text(
                Xlsx.row(s, r + 1),
                0,
                "Ghi chú: thực hiện = số liệu tổng hợp từ đơn vị và các đơn vị trực thuộc (tỷ lệ = tổng tử số / tổng mẫu"
                        + " số); mục tiêu = chỉ tiêu của chính đơn vị cho đúng kỳ đó.",
                x.text);
        s.setColumnWidth(0, 6 * 256);
        s.setColumnWidth(1, 26 * 256);
        s.setColumnWidth(2, 50 * 256);
        s.setColumnWidth(3, 10 * 256);
        s.createFreezePane(FIRST_FIGURE_COLUMN, FIRST_DATA_ROW);
    }

    /** The figures of one roll-up as the annex shows them; shared with the CSV and the drafted report. */
    static final class Indicators {
        private Indicators() {}

        /** The result: the roll-up's value, else the unit's own reported value (as the target check reads it). */
        static String actual(Rollup r) {
            if (r == null) {
                return null;
            }
            return r.value() != null ? r.value() : r.reportedValue();
        }

        static BigDecimal decimal(String v) {
            return v == null ? null : new BigDecimal(v);
        }

        static String met(Rollup r) {
            if (r == null || r.target() == null || r.target().met() == null) {
                return null;
            }
            return r.target().met() ? "Đạt" : "Chưa đạt";
        }

        static boolean whole(String unitOfMeasure) {
            return !"PERCENT".equals(unitOfMeasure) && !"KILOGRAM".equals(unitOfMeasure);
        }
    }
}
