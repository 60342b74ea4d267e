package vn.gnbv.tracker.common;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Cells of the canonical CSV as the API writes them (pulls) and reads them back (uploads). A text cell a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a leading
 * apostrophe, as OWASP's "CSV injection" advice says; the upload removes exactly that apostrophe again, so a pulled
 * file uploads to the same values. A value that itself starts with apostrophes before such a character gets one more,
 * which keeps the mapping one-to-one. Plain numbers ({@code -12.5}) are not formulas and stay as they are.
 */
public final class CsvCells {
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

    private CsvCells() {}

    static boolean needsGuard(String value) {
        return FORMULA.matcher(value).matches() && !NUMBER.matcher(value).matches();
    }

    /** The cell text of a stored value: the value, or the value behind an apostrophe when it could run as a formula. */
    public static String protect(String value) {
        return value == null || !needsGuard(value) ? value : "'" + value;
    }

    /** The stored value of a cell {@link #protect} wrote (any other cell is its own value). */
    public static String unprotect(String cell) {
        if (cell == null || !cell.startsWith("'")) {
            return cell;
        }
        String inner = cell.substring(1);
        return needsGuard(inner) ? inner : cell;
    }

    /** One RFC 4180 record, CRLF-terminated: protected cells, quoted when they hold a comma, quote or line break. */
    public static void writeRow(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = protect(cells[i]);
            if (c == null) {
                continue;
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
