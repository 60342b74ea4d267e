package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence broken over lines ("… vốn sự nghiệp 109.845" then "triệu đồng"; "(vốn chuyển nguồn năm 2023*" then
 * "sang 2024 789 triệu đồng …)") is read as one block: a line that starts with a small letter continues the one
 * before unless that one ended its sentence. The joined block keeps the first line's locator and spans the lines'
 * offsets, so citations still point into the document's text.
 */
final class Continued {
    private Continued() {}

    static List<DocumentText.Block> blocks(DocumentText doc) {
        List<DocumentText.Block> in = doc.blocks();
        List<DocumentText.Block> out = new ArrayList<>();
        DocumentText.Block open = null;
        for (DocumentText.Block b : in) {
            String t = doc.blockText(b).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (open != null && continues(doc.blockText(open), t)) {
                open = new DocumentText.Block(open.locator(), open.start(), b.end());
                continue;
            }
            if (open != null) {
                out.add(open);
            }
            open = b;
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private static boolean continues(String before, String next) {
        String end = before.strip().replaceAll("[*_\\s]+$", "");
        return !end.isEmpty()
                && ".:;!?".indexOf(end.charAt(end.length() - 1)) < 0
                && Character.isLowerCase(next.codePointAt(0))
                && !next.matches("(?s)^\\p{L}[).].*"); // "b) Vốn tín dụng": an item of its own
    }
}
