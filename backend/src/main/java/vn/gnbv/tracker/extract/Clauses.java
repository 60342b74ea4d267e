package vn.gnbv.tracker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a figure's clause starts and ends in folded text, and the year a stretch of it states. */
final class Clauses {
    private static final Pattern YEAR = Pattern.compile("(?:nam|den het|het) (\\d{4})\\b");

    private Clauses() {}

    /** The year stated in [from, to) ("năm 2023", "đến hết 2024"), or null. */
    static Integer explicitYear(String folded, int from, int to) {
        Matcher y = YEAR.matcher(folded).region(from, to);
        Integer year = null;
        while (y.find()) {
            if (!folded.startsWith("sang", Math.max(0, y.start() - 5))) {
                year = Integer.valueOf(y.group(1));
            }
        }
        return year;
    }

    static int clauseStart(String folded, int at) {
        int best = 0;
        for (String d : new String[] {"; ", "(", ". ", ";", "+ "}) {
            int i = folded.lastIndexOf(d, at - 1);
            if (i >= 0 && !(d.equals(". ") && i > 0 && Character.isDigit(folded.charAt(i - 1)) && false)) {
                best = Math.max(best, i + d.length());
            }
        }
        return Math.min(best, at);
    }

    /** Where the clause of {@code at} starts after a "; " or ". " (a parenthesis does not end what came before). */
    static int partStart(String folded, int at) {
        int i = Math.max(folded.lastIndexOf("; ", at - 1), folded.lastIndexOf(". ", at - 1));
        return i < 0 ? 0 : Math.min(i + 2, at);
    }

    static int clauseEnd(String folded, int from) {
        int end = folded.length();
        for (String d : new String[] {"; ", ". ", ")"}) {
            int i = folded.indexOf(d, from);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return end;
    }

    /** The start of the sentence of {@code at} (after its ". ", or the block's start). */
    static int sentenceStart(String folded, int at) {
        int i = folded.lastIndexOf(". ", at - 1);
        return i < 0 ? 0 : i + 2;
    }

    /** The end of the sentence from {@code from} (its ". ", or the block's end). */
    static int sentenceEnd(String folded, int from) {
        int i = folded.indexOf(". ", from);
        return i < 0 ? folded.length() : i;
    }
}
