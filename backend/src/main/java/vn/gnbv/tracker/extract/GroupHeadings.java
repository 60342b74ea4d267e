package vn.gnbv.tracker.extract;

import java.util.regex.Pattern;

/**
 * The group a short heading names for the values under it: an organisation's paragraph ("* *Hội LHPN thành phố:*",
 * "* *Hội nông dân thành phố:*") or a programme content ("- *Nội dung tập huấn nâng cao năng lực*"). A value with no
 * category of its own takes it, until the next such heading (naming another group or none) or a numbered heading.
 */
final class GroupHeadings {
    // a short line that is a heading: emphasised ("*…*") or ending in ":", with no figure of its own
    private static final Pattern HEADING =
            Pattern.compile("^[\\s\\-+*]*\\*[^*]{3,90}\\*+\\W*$|^[\\s\\-+*]*[^\\d:]{3,90}:\\W*$");
    private final IndicatorPhrases phrases;
    private String current;

    GroupHeadings(IndicatorPhrases phrases) {
        this.phrases = phrases;
    }

    /** A block read: a heading names the group (or ends it); a numbered or Roman heading ends it. */
    void enter(String folded) {
        String f = folded.strip();
        if (HEADING.matcher(f).matches()) {
            current = phrases.heading(f);
        } else if (Headings.depth(f) < Headings.UNNUMBERED || f.matches("^[ivx]+\\.\\s.*")) {
            current = null;
        }
    }

    /** The group the values being read belong to, or null. */
    String current() {
        return current;
    }
}
