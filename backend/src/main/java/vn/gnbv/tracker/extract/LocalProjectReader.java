package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local projects (production models) named in a report: "+ Dự án PTSX … tại xã X: Tổng số hộ tham gia là 18 hộ: bao
 * gồm 10 hộ nghèo, …", "- Tên Dự án: …" followed by its lines, or a community project told inside a component's
 * paragraph ("Dự án sản xuất cộng đồng Nuôi dê sinh sản – …: Quy mô …"). A project's text runs from its name to the
 * next project, heading or a few blocks on; from it come the participating households by group, the budget by source
 * (a total "kinh phí" only when no part is named), the status by its words and the commune it names.
 */
final class LocalProjectReader {
    private static final String BULLET = "^[\\s\\-+*•]*";
    // "+ Dự án PTSX cộng đồng chăn nuôi gà Lai hồ tại phường Huyền Tụng:" (also the seeds' "Dự phát triển …")
    private static final Pattern LISTED = Pattern.compile(
            BULLET + "(du(?: an)? (?!\\d)[^:]{3,160}? tai (?:xa|phuong|thi tran|thon|ban) [^:]{2,60}):");
    // "- Tên Dự án: Dự án nhân rộng mô hình giảm nghèo chăn nuôi bò sinh sản."
    private static final Pattern NAMED = Pattern.compile(BULLET + "ten du an\\s*:\\s*(.{5,200}?)\\.?\\s*$");
    // "Dự án sản xuất cộng đồng Nuôi dê sinh sản – …" inside a paragraph that gives its scale or households
    private static final Pattern EMBEDDED = Pattern.compile("(?<!\\d )(du an (?:san xuat cong dong|phat trien san xuat"
            + "|ptsx|nhan rong mo hinh)[^:;–.]{3,120}?)\\s*(?:–|-\\s|:)");
    private static final Pattern SCALE = Pattern.compile("quy mo|so ho|\\d+ ho\\b");
    private static final Pattern HEADING =
            Pattern.compile("^[\\s*]*(?:[ivx]+\\.\\s|\\d+(?:\\.\\d+)*\\.?\\s|(?:tieu )?du an \\d|phan |[a-d]\\.\\s)");
    private static final int MAX_BLOCKS = 8;

    private static final String GROUP = "(can ngheo|moi thoat ngheo|dan toc thieu so|ngheo)";
    private static final Pattern COUNT_GROUP = Pattern.compile("(\\d+) ho " + GROUP + "\\b");
    private static final Pattern GROUP_COUNT = Pattern.compile("\\bho " + GROUP + "\\s*:\\s*(\\d+) ho\\b");
    private static final Pattern LIST = Pattern.compile("trong do|bao gom");
    private static final Pattern OTHER_COUNT = Pattern.compile(
            "(\\d+) ho (?!(?:can ngheo|moi thoat ngheo|dan toc thieu so|ngheo|tham gia|thuc hien|huong loi)\\b)\\p{L}");
    private static final Pattern COMMUNE =
            Pattern.compile("(?:xã|phường|thị trấn) (\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3})");

    private final ReportContext report;
    private final Catalogue catalogue;
    private final List<Proposal> out = new ArrayList<>();
    /** Where each project's text is in the document: [from, to) offsets. */
    private final List<int[]> spans = new ArrayList<>();

    private Open open;

    /** The project being read: where its name is, and its text so far (original and folded, blocks by newline). */
    private static final class Open {
        String name;
        String program;
        String component;
        String unit;
        Proposal.Citation citation;
        String quote;
        final StringBuilder text = new StringBuilder();
        final StringBuilder folded = new StringBuilder();
        int blocks;
        int from;
        int to;
    }

    LocalProjectReader(ReportContext report, Catalogue catalogue) {
        this.report = report;
        this.catalogue = catalogue;
    }

    /** One block, after the outline has entered it ({@code offset}: the block's start in the document). */
    void read(String text, String folded, int offset, String locator, Outline at) {
        Matcher start = LISTED.matcher(folded);
        if (!start.lookingAt()) {
            start = NAMED.matcher(folded);
            if (!start.lookingAt()) {
                start = EMBEDDED.matcher(folded);
                if (!start.find() || !SCALE.matcher(folded).find(start.end())) {
                    start = null;
                }
            }
        }
        if (start == null) {
            if (open != null && (HEADING.matcher(folded).lookingAt() || open.blocks >= MAX_BLOCKS)) {
                close();
            }
            if (open != null) {
                append(text, folded);
                open.to = offset + text.length();
            }
            return;
        }
        close();
        open = new Open();
        open.name = text.substring(start.start(1), start.end(1)).strip();
        open.program = at.program;
        open.component = at.component;
        Matcher commune = COMMUNE.matcher(open.name);
        open.unit = commune.find() ? catalogue.unitNamed(commune.group(1)).orElse(report.unit()) : report.unit();
        open.citation = new Proposal.Citation(locator, offset + start.start(1), offset + start.end(1));
        open.quote = text.strip();
        open.from = offset + start.start(1);
        open.to = offset + text.length();
        append(text.substring(start.end(1)), folded.substring(start.end(1)));
    }

    /** Every project read, the last one closed. */
    List<Proposal> finish() {
        close();
        return List.copyOf(out);
    }

    /** Whether a document offset lies in a project's text (its households are the project's, not an indicator's). */
    boolean covers(int at) {
        return spans.stream().anyMatch(s -> s[0] <= at && at < s[1]);
    }

    private void append(String text, String folded) {
        open.text.append(text).append('\n');
        open.folded.append(folded).append('\n');
        open.blocks++;
    }

    private void close() {
        if (open == null) {
            return;
        }
        Open p = open;
        open = null;
        spans.add(new int[] {p.from, p.to});
        if (p.program == null || p.component == null) {
            return; // a project outside any component cannot be keyed
        }
        String f = p.folded.toString();
        Integer[] households = households(f);
        long[] budget = budget(p.text.toString(), f);
        out.add(Proposal.localProject(
                p.program,
                p.component,
                p.unit,
                new Proposal.Project(
                        p.name,
                        status(f),
                        budget[0],
                        budget[1],
                        budget[2],
                        households[0],
                        households[1],
                        households[2],
                        households[3],
                        households[4]),
                p.quote,
                List.of(p.citation),
                0.5,
                List.of()));
    }

    /** Poor, near-poor, newly escaped, ethnic minority, other: the first count of each group in the project's text. */
    static Integer[] households(String folded) {
        Integer[] h = new Integer[5];
        Matcher m = COUNT_GROUP.matcher(folded);
        while (m.find()) {
            put(h, m.group(2), m.group(1));
        }
        m = GROUP_COUNT.matcher(folded);
        while (m.find()) {
            put(h, m.group(1), m.group(2));
        }
        Matcher list = LIST.matcher(folded);
        if (list.find()) {
            m = OTHER_COUNT.matcher(folded).region(list.end(), folded.length());
            while (m.find()) {
                h[4] = (h[4] == null ? 0 : h[4]) + Integer.parseInt(m.group(1));
            }
        }
        return h;
    }

    private static void put(Integer[] h, String group, String count) {
        int i = switch (group) {
            case "ngheo" -> 0;
            case "can ngheo" -> 1;
            case "moi thoat ngheo" -> 2;
            default -> 3;
        };
        if (h[i] == null) {
            h[i] = Integer.valueOf(count);
        }
    }

    /**
     * State, people's counterpart, other: each amount by the words just before it ("Ngân sách nhà nước: …", "Dân đối
     * ứng: …"); a "kinh phí" total is the state's only when no part is named. Money spent ("giải ngân") is not budget.
     */
    static long[] budget(String text, String folded) {
        long[] b = new long[3];
        Long total = null;
        boolean parts = false;
        for (Money.Amount a : Money.find(text, folded)) {
            String before = folded.substring(Math.max(0, a.start() - 40), a.start());
            int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
            before = cut < 0 ? before : before.substring(cut + 1);
            if (before.matches("(?s).*(?:doi ung).*")) {
                b[1] += a.vnd();
                parts = true;
            } else if (before.matches(
                    "(?s).*(?:ngan sach nha nuoc|nsnn|ngan sach trung uong|ngan sach dia phuong).*")) {
                b[0] += a.vnd();
                parts = true;
            } else if (before.matches("(?s).*(?:von khac|huy dong khac|nguon khac).*")) {
                b[2] += a.vnd();
                parts = true;
            } else if (total == null && before.matches("(?s).*kinh phi\\W*(?:thuc hien)?\\W*$")) {
                total = a.vnd();
            }
        }
        if (!parts && total != null) {
            b[0] = total;
        }
        return b;
    }

    static String status(String folded) {
        if (folded.matches("(?s).*(?:chua thuc hien duoc|tam dung|tam ngung).*")) {
            return "SUSPENDED";
        }
        if (folded.matches("(?s).*(?:trinh tham dinh|dang chuan bi|chua trien khai).*")) {
            return "PLANNED";
        }
        if (folded.matches("(?s).*(?:thuc hien(?: hien)? xong|da hoan thanh|hoan thanh du an|da ket thuc).*")) {
            return "COMPLETED";
        }
        return "IN_PROGRESS";
    }
}
