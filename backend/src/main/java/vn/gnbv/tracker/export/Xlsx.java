package vn.gnbv.tracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook and its cell styles. Amounts are stored in exact đồng and shown in triệu đồng by the number format,
 * which divides by 10⁶ (each trailing comma of an Excel format divides by 1,000), so a reader gets the exact amount
 * back from the cell and sees millions; a whole number of millions gets a format without decimals (Excel would show
 * a dangling separator otherwise). The separators follow the viewer's regional settings (a format code cannot force
 * them): Vietnamese settings show {@code 1.957,5}. Text is always written as a string cell, never as a formula, so a
 * name such as {@code =HYPERLINK(…)} stays text.
 */
final class Xlsx implements AutoCloseable {
    /** Integers up to 2⁵³ are exact in a spreadsheet's double; larger amounts are written as exact text. */
    private static final long EXACT_LIMIT = 1L << 53;

    final XSSFWorkbook book = new XSSFWorkbook();
    final CellStyle text;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle status;
    final CellStyle header;
    final CellStyle label;
    final CellStyle labelBold;
    final CellStyle millions;
    final CellStyle millionsFraction;
    final CellStyle percentOfFraction;
    final CellStyle count;
    final CellStyle decimal;

    Xlsx() {
        text = book.createCellStyle();
        bold = styled(true, 11, false);
        title = styled(true, 13, false);
        status = book.createCellStyle();
        Font red = book.createFont();
        red.setBold(true);
        red.setFontHeightInPoints((short) 12);
        red.setColor(IndexedColors.RED.getIndex());
        status.setFont(red);
        header = bordered(styled(true, 10, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        label = bordered(book.createCellStyle());
        label.setWrapText(true);
        labelBold = bordered(styled(true, 10, true));
        millions = numeric("#,##0,,");
        millionsFraction = numeric("#,##0.######,,");
        percentOfFraction = numeric("0.00%");
        count = numeric("#,##0");
        decimal = numeric("#,##0.00########");
    }

    private CellStyle styled(boolean isBold, int points, boolean wrap) {
        CellStyle s = book.createCellStyle();
        Font f = book.createFont();
        f.setBold(isBold);
        f.setFontHeightInPoints((short) points);
        s.setFont(f);
        s.setWrapText(wrap);
        return s;
    }

    private CellStyle numeric(String format) {
        CellStyle s = bordered(book.createCellStyle());
        s.setDataFormat(book.createDataFormat().getFormat(format));
        return s;
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /** A text cell (a string, never a formula); null writes an empty bordered cell in a table. */
    static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    /** An amount in đồng, shown in millions; empty when absent. */
    void money(Row row, int col, Long vnd, CellStyle emptyStyle) {
        Cell c = row.createCell(col);
        if (vnd == null) {
            c.setCellStyle(emptyStyle);
        } else if (Math.abs(vnd) >= EXACT_LIMIT) {
            c.setCellValue(vnd.toString());
            c.setCellStyle(emptyStyle);
        } else {
            c.setCellValue(vnd.doubleValue());
            c.setCellStyle(vnd % 1_000_000 == 0 ? millions : millionsFraction);
        }
    }

    /**
     * A decimal as a number when a double holds it exactly enough to give the same decimal back (at most 15
     * significant digits), else as its exact text; empty when absent.
     */
    static void number(Row row, int col, BigDecimal value, CellStyle style, CellStyle emptyStyle) {
        Cell c = row.createCell(col);
        if (value == null) {
            c.setCellStyle(emptyStyle);
        } else if (value.stripTrailingZeros().precision() <= 15) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        } else {
            c.setCellValue(value.toPlainString());
            c.setCellStyle(emptyStyle);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
