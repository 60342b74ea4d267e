package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local projects told as money rather than by name (the demo transcription's reading of funding sentences): the money
 * of a production component spent on a model or value chain ("8.691 triệu đồng. Thực hiện mô hình đa dạng hóa sinh
 * kế …", "giải ngân 1.957/6.629 triệu đồng thực hiện mô hình phát triển sản xuất …"), and the works of a list, each
 * named with its commune and its amount ("(Cụ thể: Sửa chữa trường THCS xã A 1.000 triệu đồng, Đường … xã B 1.085
 * triệu đồng)"). Each is a project with that state budget; the funding lines stay what they are.
 */
final class FundedProjects {
    // a component about production support or poverty-reduction models, by its name
    private static final Pattern PRODUCTION = Pattern.compile("mo hinh giam ngheo|sinh ke|phat trien san xuat");
    // what the money was spent on, right after the amount (its parenthesis and a "lồng ghép với dự án N" aside)
    private static final Pattern SPENT_ON = Pattern.compile(
            "^\\s*(?:\\([^)]*\\))?[\\s*.,]*(?:long ghep voi du an \\d+ )?"
                    + "((?:thuc hien|ho tro)\\b[^.;]{0,40}?(?:mo hinh|chuoi lien ket|phat trien san xuat|may nong nghiep)[^.;,]*)");
    // a block whose parts follow ("…, cụ thể:"): its total is no project
    private static final Pattern LEADS = Pattern.compile("(?:cu the|trong do|gom)\\W*$");
    private static final Pattern WORKS_LIST = Pattern.compile("\\d+ (?:du an|cong trinh)\\b[^(]*\\(\\W*cu the\\W*:");
    private static final Pattern COMMUNE =
            Pattern.compile("(?:xã|phường|thị trấn) (\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3})");

    private final ReportContext report;
    private final Catalogue catalogue;
    private final Topics topics;

    FundedProjects(ReportContext report, Catalogue catalogue) {
        this.report = report;
        this.catalogue = catalogue;
        this.topics = new Topics(catalogue);
    }

    /** The projects a block tells as money, after the outline has entered it. */
    List<Proposal> read(String text, String folded, int offset, String locator, Outline at) {
        List<Proposal> out = new ArrayList<>();
        if (at.program == null || at.component == null) {
            return out;
        }
        List<Money.Amount> amounts = Money.find(text, folded);
        Matcher list = WORKS_LIST.matcher(folded);
        int listAt = list.find() ? list.end() : -1;
        boolean production = PRODUCTION.matcher(topics.component(at)).find()
                && !LEADS.matcher(folded.strip()).find();
        int itemStart = listAt;
        for (Money.Amount a : amounts) {
            if (a.denominator()) {
                continue;
            }
            if (listAt >= 0 && a.start() > listAt) {
                // "(Cụ thể: Sửa chữa trường THCS xã A 1.000 triệu đồng, …)": an item naming its commune
                String item = text.substring(itemStart, a.start())
                        .replaceFirst("^[\\s,;*]+", "")
                        .strip();
                itemStart = a.unitEnd();
                Matcher c = COMMUNE.matcher(item);
                String commune = null;
                while (c.find()) {
                    commune = c.group(1);
                }
                String unit =
                        commune == null ? null : catalogue.unitNamed(commune).orElse(null);
                if (unit != null) {
                    out.add(project(at, unit, item, a, text, folded, offset, locator));
                }
                continue;
            }
            Matcher on = production ? SPENT_ON.matcher(folded).region(a.unitEnd(), folded.length()) : null;
            if (on != null && on.lookingAt()) {
                String name = text.substring(on.start(1), on.end(1)).strip();
                out.add(project(at, report.unit(), name, a, text, folded, offset, locator));
            }
        }
        return out;
    }

    private Proposal project(
            Outline at,
            String unit,
            String name,
            Money.Amount a,
            String text,
            String folded,
            int offset,
            String locator) {
        return Proposal.localProject(
                at.program,
                at.component,
                unit,
                new Proposal.Project(
                        name, LocalProjectReader.status(folded), a.vnd(), 0, 0, null, null, null, null, null),
                text.strip(),
                List.of(new Proposal.Citation(locator, offset + a.start(), offset + a.end())),
                0.4,
                List.of());
    }
}
