package vn.gnbv.tracker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a heading: its level ("3.2.1." is 3, "b)" is 9), or a short line in capitals. */
final class Headings {
    static final int UNNUMBERED = 10;
    static final Pattern YEAR = Pattern.compile("\\bnam (\\d{4})\\b");
    // "3.2.1. Tiểu dự án 1", "4. Kết quả …", "b) Nguồn huy động …": a heading's level (numbers deeper, letters below)
    static final Pattern LEVEL =
            Pattern.compile("^[\\s*]*(?:(\\d{1,2}(?:\\. ?\\d{1,2})*)|([a-z]))[.)]\\s+\\*{0,3}[a-z]");

    // "… của Ban Chấp hành Đảng bộ tỉnh", "Kế hoạch của UBND tỉnh": the province's resolution or plan
    static final Pattern PROVINCE = Pattern.compile("(?:dang bo|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan) tinh\\b");

    private Headings() {}

    /** The level of a numbered or lettered heading ("3.2.1." is 3, "b)" is 9), or {@link #UNNUMBERED}. */
    static int depth(String folded) {
        Matcher l = LEVEL.matcher(folded);
        if (!l.lookingAt()) {
            return UNNUMBERED;
        }
        return l.group(1) != null ? l.group(1).split("\\.").length : UNNUMBERED - 1;
    }

    /** A short line in capitals ("*** TỔNG NGUỒN VỐN THỰC HIỆN NĂM 2024**"): a section heading. */
    static boolean capitals(String text) {
        String t = text.replaceAll("[*_\\s]+", " ").strip();
        return t.length() >= 10
                && t.length() <= 160
                && t.chars().filter(Character::isLetter).count() >= 8
                && t.chars().noneMatch(Character::isLowerCase);
    }
}
