package vn.gnbv.tracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.finding.FindingRefresh;
import vn.gnbv.tracker.indicator.IndicatorDtos.CategoryInput;
import vn.gnbv.tracker.indicator.IndicatorDtos.CategoryView;
import vn.gnbv.tracker.indicator.IndicatorDtos.IndicatorInput;
import vn.gnbv.tracker.indicator.IndicatorDtos.IndicatorView;

/** Indicator definitions: list, create, read, update, delete, with the rules that keep RATIOs computable. */
@ApplicationScoped
public class IndicatorService {
    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorCategoryRepository categories;

    @Inject
    FindingRefresh findings;

    public Page<IndicatorView> list(Dimension dim, Aggregation agg, String q, int limit, String cursor) {
        String afterCode = null;
        Long afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> key = Cursor.decode(cursor, 2);
            afterCode = key.get(0);
            afterId = parseId(key.get(1));
        }
        List<Indicator> rows = indicators.page(dim, agg, Text.clean(q), afterCode, afterId, limit + 1);
        Page<Indicator> page = Cursor.page(rows, limit, r -> Cursor.encode(r.code, r.id));
        Map<Long, List<IndicatorCategory>> lists =
                categories.of(page.items().stream().map(i -> i.id).toList());
        return new Page<>(
                page.items().stream()
                        .map(i -> view(i, lists.getOrDefault(i.id, List.of())))
                        .toList(),
                page.next());
    }

    public Indicator require(long id) {
        Indicator i = indicators.findById(id);
        if (i == null) {
            throw ApiException.notFound("Indicator", id);
        }
        return i;
    }

    /** The indicator with this code, if any. */
    public Indicator byCode(String code) {
        return indicators.findByCode(code);
    }

    @Transactional
    public Indicator create(IndicatorInput in) {
        Indicator i = new Indicator();
        List<CategoryInput> list = IndicatorCategories.check(in.categories());
        apply(i, in);
        indicators.persist(i);
        Flush.unique(indicators, "An indicator with code " + i.code + " already exists");
        IndicatorCategories.replace(categories, i, list);
        return i;
    }

    @Transactional
    public Indicator update(long id, String ifMatch, IndicatorInput in) {
        Indicator i = require(id);
        Versioning.check(ifMatch, i.version);
        List<CategoryInput> list = IndicatorCategories.check(in.categories());
        guardChangeInUse(i, in);
        String rulesRead = rulesRead(i, categories.of(i.id));
        apply(i, in);
        if (IndicatorCategories.differs(categories, i, list)) {
            // A changed code list is a change of the definition: its version (the ETag) moves on, once.
            i.updatedAt = OffsetDateTime.now();
        }
        IndicatorCategories.replace(categories, i, list);
        Flush.unique(indicators, "An indicator with code " + i.code + " already exists");
        if (!rulesRead.equals(rulesRead(i, categories.of(i.id)))) {
            // The finding rules read the definition (partitions, adding over time, the level of a change, a ratio's
            // parts): its values' findings are recomputed in the transaction that changes it.
            findings.provinces(IndicatorValueDataset.PATH, indicators.provincesOfValues(i.id));
        }
        return i;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Indicator i = require(id);
        Versioning.check(ifMatch, i.version);
        if (values.anyOf(id)) {
            throw ApiException.conflict(ErrorCode.IN_USE, "Indicator " + i.code + " has values; delete them first");
        }
        if (indicators.isRatioPart(id)) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE, "Indicator " + i.code + " is the numerator or denominator of a RATIO");
        }
        if (indicators.isChangeLevel(id)) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE, "Indicator " + i.code + " is the level another indicator states changes of");
        }
        IndicatorCategories.replace(categories, i, List.of());
        indicators.delete(i);
    }

    public IndicatorView view(Indicator i) {
        return view(i, categories.of(i.id));
    }

    private IndicatorView view(Indicator i, List<IndicatorCategory> list) {
        return new IndicatorView(
                i.id,
                i.code,
                i.nameVi,
                i.nameEn,
                i.unitOfMeasure,
                i.aggregation,
                codeOf(i.numeratorId),
                codeOf(i.denominatorId),
                i.scale,
                i.dimension,
                !list.isEmpty(),
                list.stream()
                        .map(c -> new CategoryView(c.code, c.nameVi, c.nameEn, c.partition))
                        .toList(),
                i.description,
                i.addsOverTime,
                codeOf(i.changeOfId),
                i.changeDirection,
                i.version);
    }

    private void apply(Indicator i, IndicatorInput in) {
        Violations v = new Violations();
        String code = Text.clean(in.code());
        Indicator same = byCode(code);
        if (same != null && !Objects.equals(same.id, i.id)) {
            throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, "An indicator with code " + code + " already exists");
        }
        int scale = in.scale() == null ? 1 : in.scale();
        Long num = null;
        Long den = null;
        if (in.aggregation() == Aggregation.RATIO) {
            num = part(v, "numerator", in.numerator(), i);
            den = part(v, "denominator", in.denominator(), i);
            if (num != null && num.equals(den)) {
                v.add("denominator", ViolationCode.SAME_AS_NUMERATOR, "The denominator must differ from the numerator");
            }
        } else {
            for (String[] f : new String[][] {{"numerator", in.numerator()}, {"denominator", in.denominator()}}) {
                if (Text.clean(f[1]) != null) {
                    v.add(f[0], ViolationCode.NOT_ALLOWED, f[0] + " is only allowed for RATIO indicators");
                }
            }
            if (scale != 1) {
                v.add("scale", ViolationCode.NOT_ALLOWED, "scale applies to RATIO indicators only; leave it 1");
            }
        }
        Long changeOf = changeOf(v, in, i);
        for (int n = 0; in.categories() != null && n < in.categories().size(); n++) {
            CategoryInput c = in.categories().get(n);
            if (c != null && Text.clean(c.partition()) != null && in.aggregation() != Aggregation.SUM) {
                v.add(
                        "categories[" + n + "].partition",
                        ViolationCode.NOT_ALLOWED,
                        "Only the categories of a SUM indicator add up to its total");
            }
        }
        v.throwIfAny();
        i.code = code;
        i.nameVi = Text.clean(in.nameVi());
        i.nameEn = Text.clean(in.nameEn());
        i.unitOfMeasure = in.unitOfMeasure();
        i.aggregation = in.aggregation();
        i.numeratorId = num;
        i.denominatorId = den;
        i.scale = scale;
        i.dimension = in.dimension();
        i.description = Text.clean(in.description());
        i.addsOverTime = Boolean.TRUE.equals(in.addsOverTime());
        i.changeOfId = changeOf;
        i.changeDirection = changeOf == null ? null : in.changeDirection();
    }

    /** The level a change indicator states changes of: an existing other indicator, with a direction. */
    private Long changeOf(Violations v, IndicatorInput in, Indicator self) {
        String code = Text.clean(in.changeOf());
        if (code == null) {
            if (in.changeDirection() != null) {
                v.add("changeDirection", ViolationCode.NOT_ALLOWED, "changeDirection needs changeOf");
            }
            return null;
        }
        if (in.changeDirection() == null) {
            v.add("changeDirection", ViolationCode.MISSING, "changeDirection is required with changeOf");
        }
        Indicator level = byCode(code);
        if (level == null) {
            v.add("changeOf", ViolationCode.UNKNOWN_INDICATOR, "No indicator has code " + code);
            return null;
        }
        if (Objects.equals(level.id, self.id) || level.unitOfMeasure != in.unitOfMeasure()) {
            v.add(
                    "changeOf",
                    ViolationCode.NOT_ALLOWED,
                    "changeOf must be another indicator in the same unit of measure; " + code + " is not");
            return null;
        }
        return level.id;
    }

    /** What the finding rules read of a definition, as one string to compare before and after a change. */
    private static String rulesRead(Indicator i, List<IndicatorCategory> list) {
        StringBuilder b = new StringBuilder(String.join(
                "|",
                String.valueOf(i.unitOfMeasure),
                String.valueOf(i.aggregation),
                String.valueOf(i.numeratorId),
                String.valueOf(i.denominatorId),
                String.valueOf(i.scale),
                String.valueOf(i.addsOverTime),
                String.valueOf(i.changeOfId),
                String.valueOf(i.changeDirection)));
        list.forEach(c -> b.append('|').append(c.code).append('=').append(c.partition));
        return b.toString();
    }

    /** A RATIO part: required, must exist and must be a SUM indicator other than the one being defined. */
    private Long part(Violations v, String field, String raw, Indicator self) {
        String code = Text.clean(raw);
        if (code == null) {
            v.add(field, ViolationCode.MISSING, field + " is required for a RATIO indicator");
            return null;
        }
        Indicator p = byCode(code);
        if (p == null) {
            v.add(field, ViolationCode.UNKNOWN_INDICATOR, "No indicator has code " + code);
            return null;
        }
        if (Objects.equals(p.id, self.id) || p.aggregation != Aggregation.SUM) {
            v.add(field, ViolationCode.NOT_A_SUM_INDICATOR, field + " must be a SUM indicator; " + code + " is not");
            return null;
        }
        return p.id;
    }

    /** Changes that would make stored values or other definitions wrong are conflicts with the current state. */
    private void guardChangeInUse(Indicator i, IndicatorInput in) {
        if (i.aggregation == Aggregation.SUM && in.aggregation() != Aggregation.SUM && indicators.isRatioPart(i.id)) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE, "Indicator " + i.code + " is part of a RATIO and must stay SUM");
        }
        if (in.unitOfMeasure() != null && in.unitOfMeasure().wholeNumber() && values.anyNotWhole(i.id)) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE, "Indicator " + i.code + " has values that are not whole numbers");
        }
    }

    private String codeOf(Long id) {
        return id == null ? null : indicators.findById(id).code;
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.badParam(
                    "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
        }
    }
}
