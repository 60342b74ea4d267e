package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period and kind of an indicator value from the words of its sentence: "từ năm 2020 đến 2023" (2020/2023), "từ
 * năm 2021 đến nay" and "từ đầu nhiệm kỳ đến nay" (to the end of the report's period), "giai đoạn 2021-2025", "đến
 * cuối năm 2023" (after a phase: from its start), "năm 2022", "tại thời điểm 01/10/2015"; else the heading's year,
 * else the report's period. Kind: "ước", "dự kiến" → ESTIMATE; "phấn đấu", "mục tiêu", "chỉ tiêu" or a targets
 * section → TARGET; "từ 2,76% xuống …" → the first is the BASELINE; else ACTUAL.
 */
final class Periods {
    private static final Pattern RANGE = Pattern.compile("tu (?:nam )?(\\d{4}) den (?:nam )?(\\d{4})");
    private static final Pattern SINCE =
            Pattern.compile("tu (?:nam (\\d{4})|dau nhiem ky|dau ky) den (?:nay|thang nay|thoi diem bao cao)");
    private static final Pattern PHASE = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern UNTIL = Pattern.compile("den (?:cuoi |het )?(?:nam )?(\\d{4})\\b");
    // a date, but not a document's ("Nghị quyết 70/NQ-CP ngày 01/11/2012")
    private static final Pattern YEAR =
            Pattern.compile("\\bnam (\\d{4})\\b|(?<!ngay )(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy (iv|iii|ii|i)\\b(?: nam (\\d{4}))?");
    private static final Pattern ESTIMATE = Pattern.compile("\\buoc\\b|du kien");
    // not the programme's name ("Chương trình mục tiêu quốc gia")
    private static final Pattern TARGET = Pattern.compile("phan dau|(?<!chuong trinh )muc tieu|chi tieu|toi thieu");
    private static final Pattern PROGRAMME =
            Pattern.compile("(?:chuong trinh|ke hoach|de an|nghi quyet|ban chi dao)[a-z ,-]{0,120}$");

    // "- Phấn đấu đến cuối năm 2025 tỷ lệ hộ nghèo: … 2,1%; xã đặc biệt khó khăn giảm 3-4%": every clause a target
    private static final Pattern OPENS_TARGETS = Pattern.compile("\\W*phan dau\\b");
    private static final Pattern NOW = Pattern.compile("\\bhien (?:tai|nay)\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*(?:chuyen )?sang\\b");
    private static final Pattern PROPOSED = Pattern.compile("lap danh sach (?:de nghi|dang ky)");
    private static final String HALF = "6 thang dau ";
    // a paragraph opening with its half year: its later sentences naming no period are of that half
    private static final Pattern HEAD_HALF = Pattern.compile("(?:^|\\. )\\W*(?:trong )?6 thang dau nam (\\d{4})");

    private Periods() {}

    /** The period of a value at {@code at} in its sentence [sentence, end). */
    static String period(String folded, int sentence, int at, int end, Outline outline, ReportContext report) {
        String found = null;
        int last = -1;
        String phaseStart = null;
        Matcher m = PHASE.matcher(folded).region(sentence, at);
        while (m.find()) {
            if (PROGRAMME
                    .matcher(folded.substring(Math.max(sentence, m.start() - 120), m.start()))
                    .find()) {
                continue; // "Chương trình … giảm nghèo bền vững giai đoạn 2016 - 2020": the programme's (or a
                // committee's) name
            }
            found = m.group(1) + "/" + m.group(2);
            phaseStart = m.group(1);
            last = m.start();
        }
        m = RANGE.matcher(folded).region(sentence, at);
        while (m.find()) {
            if (m.start() > last) {
                found = m.group(1) + "/" + m.group(2);
                phaseStart = m.group(1);
                last = m.start();
            }
        }
        m = SINCE.matcher(folded).region(sentence, at);
        while (m.find()) {
            if (m.start() > last) {
                String from = m.group(1) != null ? m.group(1) : start(report);
                found = from == null ? report.period() : from + "/" + end(report);
                last = m.start();
            }
        }
        m = YEAR.matcher(folded).region(sentence, at);
        while (m.find()) {
            if (folded.startsWith("so voi ", Math.max(0, m.start() - 7))
                    || CARRIED.matcher(folded).region(m.end(), folded.length()).lookingAt()) {
                // "giảm so với năm 2022 là 5.388 hộ": the year compared with; "(vốn năm 2022 chuyển sang 2023 …)" the
                // origin of carried money: not the value's
                continue;
            }
            if (m.start() > last
                    && !inside(PHASE, folded, sentence, m.start())
                    && !inside(RANGE, folded, sentence, m.start())
                    && !inside(SINCE, folded, sentence, m.start())) {
                // "đến 30/6/2023": the first half of 2023
                found = m.group(1) != null
                        ? m.group(1) + (folded.startsWith(HALF, Math.max(0, m.start() - HALF.length())) ? "H1" : "")
                        : m.group(4)
                                + ("30".equals(m.group(2))
                                                && "6".equals(m.group(3).replaceFirst("^0", ""))
                                        ? "H1"
                                        : "");
                last = m.start();
            }
        }
        // "… giảm được 118 hộ nghèo đến cuối năm 2023": the end of a phase named before
        int clauseEnd = folded.indexOf("; ", at); // "… 1,36% so với tổng số hộ dân; … đến 2017 còn …": not this one's
        m = UNTIL.matcher(folded).region(sentence, Math.min(Math.min(end, at + 60), clauseEnd < 0 ? end : clauseEnd));
        while (m.find()) {
            if (m.start() > last && !inside(RANGE, folded, sentence, m.start())) {
                found = phaseStart != null && m.start() > at ? phaseStart + "/" + m.group(1) : m.group(1);
                last = m.start();
                if (m.start() > at) {
                    break;
                }
            }
        }
        String quarter = quarter(folded, sentence, at, last);
        if (quarter != null) {
            return quarter;
        }
        if (found != null) {
            return found;
        }
        if (NOW.matcher(folded).region(sentence, at).find()
                && report.issuedOn() != null
                && report.issuedOn().getMonthValue() <= 6) {
            // "Hiện tại còn 127 hộ thiếu hụt về …" in a report written in June: as of then, the first half year
            return report.issuedOn().getYear() + "H1";
        }
        Matcher h = HEAD_HALF.matcher(folded).region(0, sentence);
        if (h.find()) {
            return h.group(1) + "H1"; // "Trong 6 tháng đầu năm 2018, đã có …. … tặng 285 suất quà": the paragraph's
        }
        int colon = folded.indexOf(':');
        Integer labelled = colon > 0 && colon < 150 && colon < sentence && folded.matches("(?s)^[\\s*]*[-+*].*")
                ? Clauses.explicitYear(folded, 0, colon)
                : null;
        if (labelled != null) {
            return labelled.toString(); // "- Chiều thiếu hụt về … đến hết năm 2023: … Có 235/362 hộ …, bằng 64,9%."
        }
        if (outline.year != null) {
            return outline.year.toString();
        }
        return outline.period != null ? outline.period : report.period();
    }

    /**
     * "quý I năm 2023" (2023Q1); a later "quý IV" with no year of its own is the year before's fourth quarter when it
     * follows a lower one ("… quý I năm 2023 … chi trả tiền điện quý IV" is 2022Q4).
     */
    private static String quarter(String folded, int sentence, int at, int last) {
        Matcher q = QUARTER.matcher(folded).region(sentence, at);
        Integer year = null;
        int number = 0;
        String found = null;
        while (q.find()) {
            int n = List.of("i", "ii", "iii", "iv").indexOf(q.group(1)) + 1;
            if (q.group(2) != null) {
                year = Integer.valueOf(q.group(2));
            } else if (year != null && n > number) {
                year = year - 1;
            }
            number = n;
            found = year == null || q.end() < last ? null : year + "Q" + n;
        }
        return found;
    }

    private static boolean inside(Pattern p, String folded, int from, int at) {
        // far enough for "từ năm 2021 đến thời điểm báo cáo" to be seen whole from its year
        Matcher m = p.matcher(folded).region(from, Math.min(folded.length(), at + 40));
        while (m.find()) {
            if (m.start() <= at && m.end() > at) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FLOOR = Pattern.compile("(?:\\btren|toi thieu|it nhat)\\s*$");

    /** The value at [at, end) is stated as a floor: "trên 90%", "ít nhất 60%", "tối thiểu 1.000", "95% trở lên". */
    static boolean threshold(String folded, int clause, int at, int end) {
        return FLOOR.matcher(folded).region(Math.max(clause, at - 12), at).find()
                || folded.startsWith(" tro len", Math.min(folded.length(), end + 1))
                || folded.startsWith(" tro len", end);
    }

    /**
     * The period and kind of the value at [at, end) (sentence [sentence, sentenceEnd), clause from {@code clause}), or
     * null when nothing gives it a period: the words of its sentence, its headings, then these corrections.
     */
    static String[] keyed(
            String folded,
            int sentence,
            int sentenceEnd,
            int clause,
            int at,
            int end,
            Outline outline,
            ReportContext report,
            Catalogue catalogue,
            String fixedKind) {
        String kind = fixedKind != null ? fixedKind : kind(folded, sentence, clause, at, sentenceEnd, outline);
        String period = period(folded, sentence, at, sentenceEnd, outline, report);
        if (fixedKind == null && (threshold(folded, clause, at, end) || outline.scopes.listed())) {
            // "Trên 90% hộ nghèo …", "ít nhất 60% …", "Tối thiểu 1.000 người": a floor to reach, over the phase
            // unless the sentence or a heading names another period; so is an item of a list of targets
            kind = "TARGET";
            if (period != null && period.equals(report.period()) && period.contains("/")) {
                period = phase(period, report.program(), catalogue.programs());
            }
        }
        if (period == null) {
            return null;
        }
        if ("ACTUAL".equals(kind)
                && period.matches("\\d{4}")
                && report.issuedOn() != null
                && Integer.parseInt(period) >= report.issuedOn().getYear()) {
            kind = "PLAN"; // a whole year not over when the report was written: what is planned for it
            if (folded.startsWith("den nam " + period, Math.max(0, sentence))
                    || folded.substring(sentence, at).contains(" den nam " + period)) {
                kind = "TARGET"; // "Đến năm 2025 tỷ lệ lao động qua đào tạo đạt 60%": the level to reach by then
            }
        }
        if ("ACTUAL".equals(kind)
                && folded.substring(Math.max(clause, at - 60), at).contains("moi nam ")) {
            kind = "PLAN"; // "Mỗi năm giảm tỷ lệ hộ nghèo 3%": a yearly plan over the period, not a result
        }
        if ("ACTUAL".equals(kind)
                && PROPOSED.matcher(folded).region(sentence, at).find()) {
            kind = "PLAN"; // "đã lập danh sách đề nghị hỗ trợ nhà ở đối với 20 hộ": proposed for support, not yet given
        }
        if ("ACTUAL".equals(kind) && folded.startsWith(" ho co kha nang thoat ngheo", end)) {
            kind = "ESTIMATE"; // "có 20 hộ có khả năng thoát nghèo": expected to escape poverty this year
        }
        if (!"ACTUAL".equals(kind) && period.equals(report.period()) && period.matches("\\d{4}H\\d")) {
            period = period.substring(0, 4); // a half-year report's plans and estimates are of the year
        }
        return new String[] {period, kind};
    }

    /** The programme phase that holds {@code period} ("2021/2024" → "2021/2025"), else the period itself. */
    static String phase(String period, String program, List<Catalogue.Program> programs) {
        int from = Integer.parseInt(period.substring(0, 4));
        for (Catalogue.Program p : programs) {
            if (p.code().equals(program) && p.startYear() <= from && from <= p.endYear()) {
                return p.startYear() + "/" + p.endYear();
            }
        }
        return period;
    }

    static String kind(String folded, int sentence, int clause, int at, int end, Outline outline) {
        if (ESTIMATE.matcher(folded).region(clause, at).find()) {
            return "ESTIMATE";
        }
        if (folded.startsWith("tu ", Math.max(0, at - 3))
                && folded.substring(at, Math.min(end, at + 20)).matches("(?s)[\\d,.]+ ?% xuong.*")) {
            return "BASELINE";
        }
        if (TARGET.matcher(folded).region(clause, at).find()
                || OPENS_TARGETS.matcher(folded).region(sentence, at).lookingAt()
                || outline.targets
                || outline.scopes.restated()) {
            return "TARGET";
        }
        return "ACTUAL";
    }

    private static String start(ReportContext report) {
        return report.period() == null ? null : report.period().substring(0, 4);
    }

    private static String end(ReportContext report) {
        String p = report.period();
        return p.contains("/") ? p.substring(p.indexOf('/') + 1) : p.substring(0, 4);
    }
}
