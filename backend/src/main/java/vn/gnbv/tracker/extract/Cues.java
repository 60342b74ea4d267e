package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what an amount is, read in folded text ({@link Fold}): the measure by its verb (giao, phân bổ,
 * bố trí, giải ngân, chuyển nguồn, nộp trả, đề xuất…), the budget source and the capital type by their names, an
 * implementing body by its name. Each finder answers the cue nearest before a position (the last one wins).
 */
final class Cues {
    record Cue(String code, int start, int end) {}

    private record Rule(String code, Pattern pattern) {}

    private static Rule r(String code, String regex) {
        return new Rule(code, Pattern.compile(regex));
    }

    // Order matters only for overlapping cues at one position: the longer, more specific rule is listed first.
    private static final List<Rule> MEASURES = List.of(
            r("MEDIUM_TERM_PLAN", "ke hoach (?:von )?trung han"),
            r("CARRIED", "chuyen(?: nguon)?(?: tu)?(?: nam)?(?: \\d{4})? (?:sang|sa)(?: nam)? \\d{4}|chuyen nguon"),
            r("RETURNED", "nop tra"),
            r("PROPOSED", "de xuat|de nghi|du kien khong the giai ngan|khong the giai ngan"),
            r("DISBURSED", "giai ngan|da chi\\b|thuc hien chi\\b|da thanh toan|uoc giai ngan"),
            r("ALLOCATED", "phan bo"),
            r("MOBILIZED", "huy dong|van dong"),
            r(
                    "AVAILABLE",
                    "tong (?:nguon )?von(?: duoc su dung)?|kinh phi duoc su dung|tong kinh phi|kinh phi thuc hien|tong (?:cong )?la"
                            + "|von giao thuc hien"),
            r(
                    "ASSIGNED",
                    "(?:ke hoach )?von giao|von, ke hoach von|giao(?! thong| duc| vien| luu)|duoc cap|bo tri|ke hoach von|cap bo sung"
                            + "|kinh phi(?! thuc hien)"));

    private static final List<Rule> SOURCES = List.of(
            r("CENTRAL", "ngan sach (?:nha nuoc )?trung uong|nstw|von trung uong"),
            r("LOCAL_PROVINCE", "ngan sach tinh"),
            r("LOCAL_DISTRICT", "ngan sach huyen|ngan sach thanh pho"),
            r("LOCAL_COMMUNE", "ngan sach xa"),
            r("LOCAL", "ngan sach dia phuong|nsdp|doi ung \\(?ngan sach dia phuong|von doi ung"),
            r("PEOPLE_COUNTERPART", "dan doi ung|nhan dan doi ung|doi ung cua (?:nguoi )?dan"),
            r("POLICY_CREDIT", "ngan hang chinh sach|von tin dung|tin dung chinh sach"),
            r("MOBILIZED_PUBLIC_SECURITY", "bo cong an"),
            r("MOBILIZED_FATHERLAND_FRONT", "mttq|mat tran to quoc|quy vi nguoi ngheo"),
            r("MOBILIZED_RED_CROSS", "chu thap do"),
            r("MOBILIZED_MILITARY", "quan khu|bo chi huy quan su|luc luong vu trang"),
            r("MOBILIZED", "to chuc, ca nhan|doanh nghiep|huy dong khac|xa hoi hoa"),
            r("UNSPECIFIED", "ngan sach nha nuoc"));

    private static final List<Rule> CAPITAL = List.of(
            r("INVESTMENT", "von dau tu|dau tu phat trien"),
            r("RECURRENT", "von su nghiep|kinh phi su nghiep|su nghiep"));

    private static final List<Rule> BODIES = List.of(
            r("Trung tâm Dịch vụ nông nghiệp huyện", "trung tam (?:dvnn|dich vu nong nghiep)"),
            r(
                    "UBND các xã, thị trấn",
                    "(?:uy ban nhan dan|ubnd) (?:cac )?xa(?:, thi tran)?(?! (?!thuc hien|da |duoc |ho tro)[a-z]{2,}\\b(?<!thi))"),
            r("Phòng Lao động - Thương binh và Xã hội", "phong (?:phong )?lao dong|phong ld-?tb"),
            r("Phòng Văn hóa - Thông tin", "phong van hoa"));

    private Cues() {}

    /**
     * The measure cue of [from, to): a verb (giải ngân, chuyển nguồn, nộp trả, phân bổ, đề xuất…) wins over the
     * nouns that name plain money ("kế hoạch vốn", "kinh phí"), as in "Giải ngân kế hoạch vốn … là 248.045".
     */
    static Cue measure(String folded, int from, int to) {
        Cue verb = last(MEASURES.stream().filter(r -> !WEAK.contains(r.code)).toList(), folded, from, to);
        return verb != null ? verb : last(MEASURES, folded, from, to);
    }

    /** A noun for plain money ("kinh phí", "kế hoạch vốn"), not a verb saying what happened to it. */
    static boolean weak(Cue c) {
        return WEAK.contains(c.code());
    }

    /** A measure code that a noun for plain money gives (assigned, available), not a verb. */
    static boolean weak(String measure) {
        return measure != null && WEAK.contains(measure);
    }

    private static final java.util.Set<String> WEAK = java.util.Set.of("ASSIGNED", "AVAILABLE");

    static Cue source(String folded, int from, int to) {
        return last(SOURCES, folded, from, to);
    }

    static Cue capital(String folded, int from, int to) {
        return last(CAPITAL, folded, from, to);
    }

    static Cue body(String folded, int from, int to) {
        return last(BODIES, folded, from, to);
    }

    /** The cue that ends last in [from, to); ties go to the earlier rule. */
    private static Cue last(List<Rule> rules, String folded, int from, int to) {
        Cue best = null;
        int lo = Math.max(0, from);
        int hi = Math.min(folded.length(), to);
        if (lo >= hi) {
            return null;
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(folded);
            m.region(lo, hi);
            while (m.find()) {
                if (best == null || m.end() > best.end()) {
                    best = new Cue(rule.code, m.start(), m.end());
                }
            }
        }
        return best;
    }
}
