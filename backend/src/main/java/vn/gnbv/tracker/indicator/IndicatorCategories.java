package vn.gnbv.tracker.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.indicator.IndicatorDtos.CategoryInput;

/**
 * An indicator's category code list as its definition carries it: checked as a whole (codes and Vietnamese names
 * unique within the list, names compared NFC-normalised, case and spacing ignored), then written as the difference
 * to what is stored, each code its own audited row.
 */
final class IndicatorCategories {
    private IndicatorCategories() {}

    /** The list cleaned (NFC, trimmed), or a 422 naming every repeated code or name; null reads as empty. */
    static List<CategoryInput> check(List<CategoryInput> in) {
        if (in == null) {
            return List.of();
        }
        Violations v = new Violations();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        List<CategoryInput> out = new java.util.ArrayList<>();
        for (int n = 0; n < in.size(); n++) {
            CategoryInput c = in.get(n);
            CategoryInput clean = new CategoryInput(
                    Text.clean(c.code()), Text.clean(c.nameVi()), Text.clean(c.nameEn()), Text.clean(c.partition()));
            Integer firstCode = codes.putIfAbsent(clean.code(), n);
            if (firstCode != null) {
                v.add(
                        "categories[" + n + "].code",
                        ViolationCode.DUPLICATE_CATEGORY,
                        "Category code " + clean.code() + " is already categories[" + firstCode + "]");
            }
            Integer firstName = names.putIfAbsent(Text.key(clean.nameVi()), n);
            if (firstName != null) {
                v.add(
                        "categories[" + n + "].nameVi",
                        ViolationCode.DUPLICATE_CATEGORY,
                        "Category name " + clean.nameVi() + " is already categories[" + firstName + "]");
            }
            out.add(clean);
        }
        v.throwIfAny();
        return out;
    }

    /**
     * Makes the stored list of {@code ind} exactly {@code wanted}: new codes inserted, kept ones renamed and
     * re-ordered, the others deleted — a code that values still carry is a 409 IN_USE. Whether anything changed.
     */
    static boolean replace(IndicatorCategoryRepository repo, Indicator ind, List<CategoryInput> wanted) {
        Map<String, IndicatorCategory> stored = new HashMap<>();
        if (ind.id != null) {
            repo.of(ind.id).forEach(c -> stored.put(c.code, c));
        }
        boolean changed = false;
        for (IndicatorCategory old : stored.values()) {
            if (wanted.stream().noneMatch(w -> w.code().equals(old.code))) {
                if (repo.inUse(ind.id, old.code)) {
                    throw ApiException.conflict(
                            ErrorCode.IN_USE,
                            "Category " + old.code + " of indicator " + ind.code
                                    + " is used by values; it can't be removed");
                }
                repo.delete(old);
                changed = true;
            }
        }
        for (int n = 0; n < wanted.size(); n++) {
            CategoryInput w = wanted.get(n);
            IndicatorCategory c = stored.get(w.code());
            if (c == null) {
                c = new IndicatorCategory();
                c.indicatorId = ind.id;
                c.code = w.code();
                assign(c, w, n);
                repo.persist(c);
                changed = true;
            } else if (!Objects.equals(c.nameVi, w.nameVi())
                    || !Objects.equals(c.nameEn, w.nameEn())
                    || !Objects.equals(c.partition, w.partition())
                    || c.sortOrder != n) {
                assign(c, w, n);
                changed = true;
            }
        }
        return changed;
    }

    /** Whether writing {@code wanted} would change the stored list of {@code ind}. */
    static boolean differs(IndicatorCategoryRepository repo, Indicator ind, List<CategoryInput> wanted) {
        List<IndicatorCategory> stored = repo.of(ind.id);
        if (stored.size() != wanted.size()) {
            return true;
        }
        for (int n = 0; n < wanted.size(); n++) {
            IndicatorCategory c = stored.get(n);
            CategoryInput w = wanted.get(n);
            if (!c.code.equals(w.code())
                    || !Objects.equals(c.nameVi, w.nameVi())
                    || !Objects.equals(c.nameEn, w.nameEn())
                    || !Objects.equals(c.partition, w.partition())
                    || c.sortOrder != n) {
                return true;
            }
        }
        return false;
    }

    private static void assign(IndicatorCategory c, CategoryInput w, int order) {
        c.nameVi = w.nameVi();
        c.nameEn = w.nameEn();
        c.partition = w.partition();
        c.sortOrder = order;
    }
}
