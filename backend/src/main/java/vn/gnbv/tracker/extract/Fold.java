package vn.gnbv.tracker.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching form of report text for cue words: NFC or NFD in, marks removed, đ → d, lower case. It keeps every
 * character's position (one output char per NFC input char), so a match in the folded text is a match at the same
 * offsets in {@link Text#nfc} of the original — proposals cite offsets of the document's text.
 */
final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // each char below U+3000 folded once, when first met (a report folds tens of thousands of chars, each a Normalizer
    // call otherwise); a race only writes the same value twice
    private static final char[] TABLE = new char[0x3000];

    private Fold() {}

    private static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                .replaceAll("");
        return base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : c;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Folds an NFC string char by char, so offsets are preserved. */
    static String of(String nfc) {
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
                continue;
            }
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            if (c >= TABLE.length) {
                out.append(fold(c));
                continue;
            }
            if (TABLE[c] == 0) {
                TABLE[c] = fold(c);
            }
            out.append(TABLE[c]);
        }
        return out.toString();
    }
}
