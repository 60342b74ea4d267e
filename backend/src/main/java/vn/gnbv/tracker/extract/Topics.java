package vn.gnbv.tracker.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a block is about when its sentence does not say: the label of its item ("- *Chính sách hỗ trợ tiền điện:*
 * … Từ năm 2021 đến nay hỗ trợ 3.525 lượt hộ nghèo") and the name of the component it is read under ("Tiểu dự án 1:
 * Nâng cao năng lực thực hiện Chương trình … Triển khai 06 lớp"). A count no rule reads by its sentence is read by
 * these; a count with no category takes the channel or content they name.
 */
final class Topics {
    // an item whose label ends in a colon near its start
    private static final Pattern ITEM = Pattern.compile("(?s)^[\\s*]*[-+*].*");
    private final Catalogue catalogue;
    private final Map<String, String> names = new HashMap<>();

    Topics(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The label of the block's item before {@code at} and the folded name of the component being read, or "". */
    String of(String folded, int at, Outline outline) {
        StringBuilder topic = new StringBuilder();
        int colon = folded.indexOf(':');
        if (colon > 0 && colon < 150 && colon < at && ITEM.matcher(folded).matches()) {
            topic.append(folded, 0, colon).append(' ');
        }
        topic.append(component(outline));
        return topic.toString();
    }

    /** The folded name of the component being read, or "". */
    String component(Outline outline) {
        if (outline.component == null || outline.program == null) {
            return "";
        }
        return names.computeIfAbsent(outline.program + "|" + outline.component, k -> name(outline));
    }

    private String name(Outline outline) {
        return catalogue.components(outline.program).stream()
                .filter(c -> c.code().equals(outline.component))
                .map(c -> Fold.of(Fold.nfc(c.nameVi())))
                .findFirst()
                .orElse("");
    }
}
