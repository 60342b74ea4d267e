package vn.gnbv.tracker.common;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by every write: Vietnamese arrives in NFC and NFD; we store NFC. */
public final class Text {
    private Text() {}

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC + trimmed; blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).strip();
        return t.isEmpty() ? null : t;
    }

    /** Key form of a name: NFC, trimmed, inner whitespace collapsed, case-folded. Null for blank. */
    public static String key(String s) {
        String t = clean(s);
        return t == null ? null : t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
