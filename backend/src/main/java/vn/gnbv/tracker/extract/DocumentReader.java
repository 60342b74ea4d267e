package vn.gnbv.tracker.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a report's stored file into {@link DocumentText}: UTF-8 text by line, Word (.docx, Apache POI XWPF) by
 * paragraph and table cell in document order, PDF with a text layer (PDFBox) by page and line. A file that cannot be
 * read this way is refused with the reason, never read as empty.
 */
public final class DocumentReader {
    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    /** Why a file has no text to read. */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DocumentReader() {}

    public static DocumentText read(byte[] content, String mediaType) throws Unreadable {
        String type = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase();
        return switch (type) {
            case TEXT -> DocumentText.ofLines(utf8(content));
            case DOCX -> docx(content);
            case PDF -> pdf(content);
            default -> throw new Unreadable("Reports of type " + mediaType + " cannot be read", null);
        };
    }

    private static String utf8(byte[] content) throws Unreadable {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new Unreadable("The text file is not valid UTF-8", e);
        }
    }

    static DocumentText docx(byte[] content) throws Unreadable {
        DocumentText.Builder b = new DocumentText.Builder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int paragraph = 0;
            int table = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    b.add("p." + (++paragraph), p.getText());
                } else if (e instanceof XWPFTable t) {
                    table++;
                    int row = 0;
                    for (XWPFTableRow r : t.getRows()) {
                        row++;
                        int cell = 0;
                        for (XWPFTableCell c : r.getTableCells()) {
                            b.add("t." + table + " r." + row + " c." + (++cell), c.getText());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The Word file cannot be read: " + e.getMessage(), e);
        }
        return b.build();
    }

    static DocumentText pdf(byte[] content) throws Unreadable {
        DocumentText.Builder b = new DocumentText.Builder();
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int chars = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] lines = stripper.getText(doc).split("\r?\n");
                for (int i = 0; i < lines.length; i++) {
                    b.add("page " + page + " l." + (i + 1), lines[i]);
                    chars += lines[i].strip().length();
                }
            }
            if (chars == 0) {
                throw new Unreadable("The PDF has no text layer (a scan?): nothing to read", null);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The PDF cannot be read: " + e.getMessage(), e);
        }
        return b.build();
    }
}
