package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicator values: the poverty counts and rates every report states in the same words ({@link PovertyCounts}),
 * money values of policy credit, and counts and rates by the vocabulary ({@link IndicatorPhrases}: the noun after a
 * number, the words of its clause), with the period from the clause or the heading and the kind from its verb (phấn
 * đấu / chỉ tiêu → TARGET, ước → ESTIMATE). Only indicators the catalogue defines are proposed.
 */
final class IndicatorReader {
    private static final String N = "(" + VnNumber.TOKEN + ")";
    // not the upper end of a range of rates ("giảm 5-6%": its floor, 5, is read)
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(?<!\\d ?/ ?)(?<!\\d-)" + N + "(?!\\d)");
    private static final Pattern RANGE_RATE = Pattern.compile("^-[\\d,]+\\s?%");
    // "đào tạo nghề cho 880/1.000 lao động": done of planned
    private static final Pattern OF_PLANNED = Pattern.compile("^\\s?/\\s?(" + VnNumber.TOKEN + ")(?!\\d)");
    private static final Pattern NOT_A_RESULT = Pattern.compile("^\\s*%?\\s*(?:ke hoach|kh\\b|so voi|chi tieu giao)");
    // "51/ 270 hộ, bằng 18,9%": a share of a whole, not done of planned; the whole is no target
    private static final Pattern SHARE = Pattern.compile("[a-z ,]{0,80}?,?\\s*bang\\s+[\\d,.]+\\s*%");
    private static final Pattern PER_EACH = Pattern.compile("\\bmoi (?:ho|nguoi|khau|hoc sinh|lao dong)\\W*$");
    private static final Pattern PER_YEAR = Pattern.compile("\\s*[a-z]+(?: [a-z]+){0,2} ?/ ?nam\\b");
    // "(trong đó …", "gồm …", and "04 dự án: 02 công trình …": the parts of a count follow
    private static final Pattern BREAKDOWN = Pattern.compile("\\(|trong do|bao gom|gom\\b|^\\s?[a-z ]{2,25}:\\s");

    private static final Pattern NONE = Pattern.compile("\\b(?:khong (?:co|phat sinh)|chua co)(?= )");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-+]\\s");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorPhrases phrases = IndicatorPhrases.DEFAULT;
    private final GroupHeadings groups = new GroupHeadings(phrases);
    private final Topics topics;
    private final IndicatorValues values;
    private int parentSentence; // where the sentence of the count whose parts follow starts
    private IndicatorPhrases.Count listed; // the count the item before this one was read by
    private IndicatorPhrases.Count listedNow; // the count this item is read by

    IndicatorReader(ReportContext report, Catalogue catalogue) {
        this.topics = new Topics(catalogue);
        this.values = new IndicatorValues(report, catalogue, groups);
    }

    List<Proposal> read(String text, String folded, int offset, String locator, Outline at) {
        groups.enter(folded);
        boolean item = ITEM.matcher(folded).lookingAt();
        listed = item ? listedNow : null;
        listedNow = null;
        List<Proposal> out = new ArrayList<>();
        values.begin(out, text, folded, offset, locator, at);
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Money.Amount a : Money.find(text, folded)) {
            for (int i = a.start(); i < a.end(); i++) {
                taken.add(i); // money is the funding reader's, unless it is a policy loan's amount or balance
            }
            int clause = Clauses.clauseStart(folded, a.start());
            IndicatorPhrases.Money rule =
                    a.denominator() ? null : phrases.money(folded.substring(clause, a.start()), folded);
            if (rule != null) {
                String category = Groups.category(rule.category(), folded, clause, a.start(), a.unitEnd());
                if (category == null && "@".equals(rule.category())) {
                    // "hộ sản xuất kinh doanh khu vực khó khăn là 2.429 hộ, 100.136 triệu đồng": the group named
                    category = phrases.breakdown("", folded.substring(clause, a.start()));
                }
                values.value(rule.code(), category, BigDecimal.valueOf(a.vnd()), a.start(), a.end(), null, null);
            }
        }
        for (PovertyCounts.Found f : PovertyCounts.find(folded)) {
            if (taken.add(f.start())) {
                values.count(f.indicator(), null, f.start(), f.end(), null);
            }
        }
        String parent = null; // the count whose parts by group follow ("… 69 học viên, trong đó có 48 …")
        int parentEnd = -1;
        Matcher m = NUMBER.matcher(folded);
        int previous = 0; // where the previous number ended
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            int before = previous;
            previous = e;
            if (taken.contains(s)) {
                continue;
            }
            int sentence = Clauses.sentenceStart(folded, s);
            int sentenceEnd = Clauses.sentenceEnd(folded, e);
            int clause = Clauses.clauseStart(folded, s);
            int next = nextNumber(folded, e, sentenceEnd);
            String after = folded.substring(e, next);
            if (s > parentEnd) {
                parent = null;
            }
            String lead = folded.substring(Math.max(clause, s - 20), s);
            if (PER_YEAR.matcher(after).lookingAt() || PER_EACH.matcher(lead).find()) {
                continue; // "… cho 1.000 lao động/năm", "mỗi hộ 10 kg gạo": a norm, not a count of its own
            }
            if (after.matches("(?s)^\\s*%.*")
                    || RANGE_RATE.matcher(folded).region(e, sentenceEnd).lookingAt()) {
                if (NOT_A_RESULT.matcher(after).find()) {
                    continue; // "đạt 115,6% kế hoạch": how much of a plan, not a value of its own
                }
                IndicatorPhrases.Rate r = phrases.rate(
                        folded.substring(clause, Clauses.clauseEnd(folded, e)), folded.substring(clause, s));
                BigDecimal pct = VnNumber.parse(text.substring(s, e)) == null
                        ? BigDecimal.ZERO
                        : VnNumber.parse(text.substring(s, e)).value();
                if (r == null && pct.compareTo(HUNDRED) < 0) {
                    // "(năm 2020 tỷ lệ giảm nghèo 3,2%; năm 2021 … 3,9%)": the words of the sentence before it; not
                    // "… ước thực hiện năm 2024 đạt 100%", how much of a plan was done
                    r = phrases.rate(folded.substring(sentence, s), folded.substring(sentence, s));
                }
                if (pct.compareTo(HUNDRED) > 0) {
                    r = null; // "đạt 196,7%": an achievement against a plan, not a rate
                }
                if (r != null) {
                    values.count(r.code(), r.category(), s, e, null);
                }
                continue;
            }
            String group =
                    parent == null ? null : phrases.breakdown(after, folded.substring(Math.max(clause, sentence), s));
            if (group != null) {
                // "20 hộ (*trong đó 04 hộ theo nguồn MTTQ., 08 hộ …*)": a part is keyed by its whole's sentence
                values.partOf = parentSentence;
                values.count(parent, group, s, e, null);
                values.partOf = -1;
                continue;
            }
            Matcher planned = OF_PLANNED.matcher(folded).region(e, sentenceEnd);
            int nounAt = planned.lookingAt() ? planned.end() : e;
            IndicatorPhrases.Count c = phrases.count(
                    folded.substring(nounAt, sentenceEnd),
                    folded.substring(sentence, s),
                    folded.substring(nounAt, sentenceEnd));
            String topic = null;
            if (c == null) {
                topic = topics.of(folded, s, at); // "- *Chính sách hỗ trợ tiền điện:* … hỗ trợ 3.525 lượt hộ nghèo"
                c = phrases.count(folded.substring(nounAt, sentenceEnd), topic, "");
            }
            if (c == null
                    && item
                    && listed != null
                    && listed.after().matcher(after).lookingAt()) {
                // "- Bộ Công an hỗ trợ … nhà ở cho 600 hộ." then "- Các tổ chức, cá nhân: …, hỗ trợ cho 85 hộ.": the
                // items
                // of one list count what its first did
                c = listed;
            }
            if (c == null) {
                continue;
            }
            if (item) {
                listedNow = c;
            }
            if (nounAt > e && !SHARE.matcher(folded).region(nounAt, sentenceEnd).lookingAt()) {
                values.count(
                        c.code(), c.openCategory() ? null : c.category(), planned.start(1), planned.end(1), "TARGET");
            } else if (nounAt > e && phrases.whole(c.code()) != null) {
                // "Có 235/362 hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh, bằng 64,9%": 362 is the whole
                values.count(phrases.whole(c.code()), null, planned.start(1), planned.end(1), null);
            }
            String category = c.openCategory()
                    ? phrases.channel(c.code(), folded.substring(clause, Clauses.clauseEnd(folded, e)), s - clause)
                    : Groups.category(c.category(), folded, clause, s, nounAt);
            boolean ownWords = c.context() != null && c.context().pattern().endsWith("$");
            String noun = after.strip().split("[^a-z]", 2)[0];
            // "2.369 thẻ … hộ nghèo, 2.772 thẻ …": what follows the number before, with this count's noun, is its own
            boolean sameNoun = before > clause
                    && !noun.isEmpty()
                    && folded.substring(before, s).strip().startsWith(noun + " ");
            if (category == null && c.openCategory() && !c.givenBy() && !ownWords && !sameNoun) {
                // "…, trong đó: Trẻ em dưới 6 tuổi 222 thẻ": the group named right before it (not the indicator's
                // words)
                category = phrases.breakdown("", folded.substring(Math.max(clause, before), s));
                if (category == null && before > clause) {
                    // "Trẻ em dưới 6 tuổi 222 thẻ": the group's own words hold a number
                    category = phrases.breakdown("", folded.substring(Math.max(clause, s - 30), s));
                }
            }
            if (category == null && c.openCategory() && !c.givenBy()) {
                // "2.369 thẻ bảo hiểm y tế hộ nghèo, 2.772 thẻ … hộ cận nghèo": the group named after its noun
                category = Groups.after(folded, nounAt, Math.min(next, Clauses.clauseEnd(folded, e)));
            }
            if (category == null && c.openCategory() && c.code().startsWith("COMM_")) {
                // "128 tin, bài phản ánh …; biểu dương … trên sóng Đài truyền thanh các cấp; 33 tin …": the channel
                // named before the next count
                category = phrases.channel(c.code(), folded.substring(nounAt, next), 0);
            }
            if (category == null && c.code().startsWith("TRAINING_") && groups.current() == null) {
                // "Tiểu dự án 1: Nâng cao năng lực … Triển khai 06 lớp": a course's content, named by its item or
                // component
                String t = topic != null ? topic : topics.of(folded, s, at);
                category = phrases.channel(c.code(), t, t.length());
            }
            values.count(c.code(), category, s, e, null);
            // "… cho 5.898 hộ, với số vốn 281.291 triệu đồng. Trong đó hộ sản xuất kinh doanh … là 2.429 hộ": the parts
            // may follow in the next sentence
            int scope = folded.startsWith("trong do", sentenceEnd + 2)
                    ? Clauses.sentenceEnd(folded, sentenceEnd + 2)
                    : sentenceEnd;
            Matcher b = BREAKDOWN.matcher(folded).region(e, Math.min(scope, e + 120));
            if (b.find() && (category == null || !c.openCategory())) {
                parent = c.code();
                parentSentence = sentence;
                int close = folded.indexOf(')', b.start());
                parentEnd = close > 0 && close < sentenceEnd && folded.charAt(b.start()) == '(' ? close : scope;
            }
        }
        Matcher none = NONE.matcher(folded);
        while (none.find()) {
            // "Toàn tỉnh không có hộ nghèo, hộ cận nghèo thuộc đối tượng người có công": a count of nothing, by a rule
            // its noun alone names
            IndicatorPhrases.Count c =
                    phrases.count(folded.substring(none.end(), Clauses.sentenceEnd(folded, none.end())), "", "");
            if (c != null && c.context() == null) {
                String category = c.openCategory() ? null : c.category();
                values.value(c.code(), category, BigDecimal.ZERO, none.start(), none.end(), null, null);
            }
        }
        return out;
    }

    private static int nextNumber(String folded, int from, int limit) {
        Matcher m = NUMBER.matcher(folded).region(from, limit);
        return m.find() ? m.start() : limit;
    }
}
