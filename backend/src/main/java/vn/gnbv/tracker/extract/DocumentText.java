package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's text as one NFC string, cut into blocks: a line of a .txt file, a paragraph or a table cell of a .docx,
 * a line of a PDF page. Each block has its locator ("l.12", "p.7", "t.1 r.3 c.2", "page 2 l.14") and its offsets in
 * {@link #text}, so a proposal can cite where it was read and a review page can highlight it.
 */
public record DocumentText(String text, List<Block> blocks) {
    /** One block: its locator and the half-open range [start, end) of {@link #text}. */
    public record Block(String locator, int start, int end) {}

    /**
     * Builds a document block by block; blocks are separated by a newline in the text, also after an empty block, so a
     * .txt file's text is its own (CRLF read as LF) and the offsets are offsets into the file a page shows.
     */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();

        Builder add(String locator, String content) {
            if (!blocks.isEmpty()) {
                text.append('\n');
            }
            String nfc = Fold.nfc(content.replace('\n', ' ').replace('\r', ' '));
            int start = text.length();
            text.append(nfc);
            blocks.add(new Block(locator, start, text.length()));
            return this;
        }

        DocumentText build() {
            return new DocumentText(text.toString(), List.copyOf(blocks));
        }
    }

    /** A plain-text report: every line a block, "l.N" counted from 1 (the seeds' line numbers). */
    public static DocumentText ofLines(String content) {
        Builder b = new Builder();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.add("l." + (i + 1), lines[i]);
        }
        return b.build();
    }

    public String blockText(Block b) {
        return text.substring(b.start(), b.end());
    }
}
