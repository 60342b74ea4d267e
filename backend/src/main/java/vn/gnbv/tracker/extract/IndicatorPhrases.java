package vn.gnbv.tracker.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicator vocabulary (resource extract/indicator-phrases.tsv): what a counted number is by the words after it
 * and in its sentence, what a percentage is by the words of its clause, the group a part of a total is counted for,
 * and the channel or group a count's clause names. Data, not code, so a phrasing is added without a release of logic.
 */
final class IndicatorPhrases {
    /** A count: the words right after the number, and words its sentence must hold (before it, else after it). */
    record Count(String code, String category, Pattern after, Pattern context) {
        boolean openCategory() {
            return "?".equals(category) || givenBy();
        }

        /** "!": only a giver or channel named before it in its clause gives the category, not a group after it. */
        boolean givenBy() {
            return "!".equals(category);
        }
    }

    /** A rate: the words its clause holds. */
    record Rate(String code, String category, Pattern words) {}

    /** A money value: the words right before the amount, and words its block must hold. */
    record Money(String code, String category, Pattern before, Pattern context) {}

    /**
     * A category: the words that name it (after a part of a breakdown, or anywhere in a count's clause); a channel may
     * hold only for the indicators {@code codes} matches (a giver names the category of housing support only).
     */
    record Category(String code, Pattern words, Pattern codes) {
        Category(String code, Pattern words) {
            this(code, words, null);
        }

        boolean holdsFor(String indicator) {
            return codes == null || codes.matcher(indicator).lookingAt();
        }
    }

    static final IndicatorPhrases DEFAULT = load("/extract/indicator-phrases.tsv");

    final List<Count> counts = new ArrayList<>();
    final List<Rate> rates = new ArrayList<>();
    final List<Category> breakdowns = new ArrayList<>();
    final List<Category> channels = new ArrayList<>();
    final List<Money> moneys = new ArrayList<>();
    final List<Category> headings = new ArrayList<>();
    final java.util.Map<String, String> wholes = new java.util.HashMap<>();

    static IndicatorPhrases load(String resource) {
        IndicatorPhrases p = new IndicatorPhrases();
        try (InputStream in = IndicatorPhrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "N" ->
                        p.counts.add(new Count(
                                f[1], cat(f[2]), Pattern.compile(f[3]), f.length > 4 ? Pattern.compile(f[4]) : null));
                    case "%" -> p.rates.add(new Rate(f[1], cat(f[2]), Pattern.compile(f[3])));
                    case "C" -> p.breakdowns.add(new Category(f[1], Pattern.compile(f[2])));
                    case "K" ->
                        p.channels.add(
                                new Category(f[1], Pattern.compile(f[2]), f.length > 3 ? Pattern.compile(f[3]) : null));
                    case "G" -> p.headings.add(new Category(f[1], Pattern.compile(f[2])));
                    case "W" -> p.wholes.put(f[1], f[2]);
                    case "$" -> p.moneys.add(new Money(f[1], cat(f[2]), Pattern.compile(f[3]), Pattern.compile(f[4])));
                    default -> throw new IllegalStateException("unknown rule kind in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String cat(String s) {
        return "-".equals(s) ? null : s;
    }

    /** The count rule for a number: {@code after} starts right after it, {@code before} is its sentence up to it. */
    Count count(String after, String before, String rest) {
        for (Count c : counts) {
            if (!c.after.matcher(after).lookingAt()) {
                continue;
            }
            if (c.context == null
                    || c.context.matcher(before).find()
                    || (!c.context.pattern().contains("$")
                            && c.context.matcher(rest).find())) {
                return c;
            }
        }
        return null;
    }

    /** The indicator that counts the whole a share of {@code code} is taken of ("51/270 hộ, bằng 18,9%"), or null. */
    String whole(String code) {
        return wholes.get(code);
    }

    /** The money rule for an amount: {@code before} is its clause up to it, {@code block} its whole block. */
    Money money(String before, String block) {
        return moneys.stream()
                .filter(m -> m.before.matcher(before).find()
                        && m.context.matcher(block).find())
                .findFirst()
                .orElse(null);
    }

    /** The rate rule for a percentage: "…$" rules read the words right before it, others its whole clause. */
    Rate rate(String clause, String before) {
        return rates.stream()
                .filter(r -> r.words
                        .matcher(r.words.pattern().endsWith("$") ? before : clause)
                        .find())
                .findFirst()
                .orElse(null);
    }

    /** The group a part of a breakdown is counted for, by the words after it (or, for "…$" rules, before it). */
    /** The group or content a short heading names ("* *Hội LHPN thành phố:*"), or null. */
    String heading(String folded) {
        return headings.stream()
                .filter(c -> c.words.matcher(folded).find())
                .map(Category::code)
                .findFirst()
                .orElse(null);
    }

    String breakdown(String after, String before) {
        String a = after.replaceAll("\\s{2,}", " "); // "1.362 hộ" / (an empty line) / "cận nghèo": lines joined
        return breakdowns.stream()
                .filter(c -> c.words
                        .matcher(c.words.pattern().endsWith("$") ? before : a)
                        .find())
                .map(Category::code)
                .findFirst()
                .orElse(null);
    }

    /**
     * The channel or group a count's clause names: the mention nearest before the number ("phát trên Đài truyền hình
     * tỉnh được 12 tin"), else the first after it ("168 tin, bài trên cổng thông tin điện tử").
     */
    /** Channel categories that are people (a course held for them is theirs). */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("INFORMATION_OFFICERS");

    String channel(String code, String clause, int at) {
        String before = null;
        int beforeEnd = -1;
        int beforeStart = -1;
        String after = null;
        int afterStart = Integer.MAX_VALUE;
        String giver = null;
        int giverStart = Integer.MAX_VALUE;
        for (Category c : channels) {
            if (code.startsWith("COMM_") && "COMMUNICATION".equals(c.code()) || !c.holdsFor(code)) {
                continue; // "Công tác truyền thông: … 1.027 tin, bài": the topic of news, not a channel of it
            }
            java.util.regex.Matcher m = c.words.matcher(clause);
            while (m.find()) {
                if (c.codes() != null) {
                    // a giver is named before what it gave, first in its clause ("Ủy ban MTTQ … bổ sung vào nguồn Bộ
                    // Công an hỗ trợ cho 600 hộ")
                    if (m.end() <= at && m.start() < giverStart) {
                        giver = c.code();
                        giverStart = m.start();
                    }
                    break;
                }
                if (m.end() <= at && m.end() > beforeEnd) {
                    before = c.code();
                    beforeEnd = m.end();
                    beforeStart = m.start();
                } else if (m.start() >= at && m.start() < afterStart) {
                    after = c.code();
                    afterStart = m.start();
                }
            }
        }
        if (giver != null) {
            return giver;
        }
        if (after != null && afterStart <= at + 10) {
            return after; // "cho 108 cán bộ làm công tác thông tin": the noun itself names the group
        }
        for (Category c : channels) {
            java.util.regex.Matcher m = c.words.matcher(clause);
            while (PEOPLE.contains(c.code()) && m.find()) {
                if (m.start() > at && clause.substring(at, m.start()).matches("(?s).* cho [\\d.]+ $")) {
                    // "01 lớp tập huấn nâng cao năng lực cho 108 cán bộ làm công tác thông tin": the people it was
                    // for name the group of the course too, over the kind of course
                    return c.code();
                }
                if (m.end() <= at && clause.startsWith("cho ", Math.max(0, m.start() - 4))) {
                    // "lớp tập huấn … cho cán bộ thông tin và truyền thông … cho 20 đại biểu": the people it was for
                    return c.code();
                }
            }
        }
        if (after != null && before != null && clause.substring(0, beforeStart).matches("(?s).*\\d \\S+ (?:tren )?$")) {
            // "33 tin trên Trang điện tử … và 41 tin, bài … sóng Đài truyền hình tỉnh": the channel before is the
            // count before's; this one's is named after it
            return after;
        }
        return before != null ? before : after;
    }
}
