package vn.gnbv.tracker.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitViews.UnitDetail;
import vn.gnbv.tracker.geo.UnitViews.UnitInput;
import vn.gnbv.tracker.geo.UnitViews.UnitSummary;

/** Administrative unit versions: list, read, create, replace, delete. */
@ApplicationScoped
public class UnitService {
    @Inject
    AdminUnitRepository units;

    @Inject
    UnitRules rules;

    @Inject
    UnitVisibility scope;

    @Transactional
    public Page<UnitSummary> list(UnitFilter filter, int limit, String cursor) {
        AdminUnitRepository.After after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        // Naming a unit the caller may not see is refused; the rows are limited to what they may see.
        for (Long named : new Long[] {filter.parentId(), filter.ancestorId()}) {
            if (named != null && !scope.national() && !visible(named)) {
                throw scope.notVisible("Unit", named);
            }
        }
        List<UnitSummary> rows = units.list(filter, after, limit + 1, scope.visibleSqlCondition("u.path"));
        return Cursor.page(rows, limit, r -> Cursor.encode(r.code(), r.validFrom(), r.id()));
    }

    @Transactional
    public UnitDetail get(long id) {
        return detail(requireVisible(id));
    }

    /**
     * A unit the caller may see: in scope or an ancestor of it (for breadcrumbs); otherwise the same 403 whether or
     * not it exists.
     */
    AdminUnit requireVisible(long id) {
        AdminUnit u = units.findById(id);
        if (u == null || !scope.sees(u.path)) {
            throw scope.notVisible("Unit", id);
        }
        return u;
    }

    boolean visible(long id) {
        AdminUnit u = units.findById(id);
        return u != null && scope.sees(u.path);
    }

    @Transactional
    public UnitDetail create(UnitInput raw) {
        UnitInput in = clean(raw);
        rules.check(in, null);
        AdminUnit u = new AdminUnit();
        apply(u, in);
        try {
            units.insert(u); // reads back the path and folded name the database wrote
        } catch (PersistenceException e) {
            throw SqlStates.translate(e, "A " + in.level() + " " + in.code() + " version");
        }
        return detail(u);
    }

    @Transactional
    public UnitDetail update(long id, String ifMatch, UnitInput raw) {
        AdminUnit u = require(id);
        Versioning.check(ifMatch, u.version);
        UnitInput in = clean(raw);
        rules.check(in, u);
        apply(u, in);
        try {
            units.update(u); // a new parent moves the path (and the subtree's): read back
        } catch (PersistenceException e) {
            throw SqlStates.translate(e, "A " + in.level() + " " + in.code() + " version");
        }
        return detail(u);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        AdminUnit u = require(id);
        Versioning.check(ifMatch, u.version);
        List<String> refs = units.references(id);
        if (!refs.isEmpty()) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE, "Unit " + u.code + " (" + u.name + ") still has " + String.join(", ", refs));
        }
        try {
            units.remove(u);
        } catch (PersistenceException e) {
            throw SqlStates.translate(e, "Unit " + u.code);
        }
    }

    AdminUnit require(long id) {
        AdminUnit u = units.findById(id);
        if (u == null) {
            throw ApiException.notFound("Unit", id);
        }
        return u;
    }

    private UnitDetail detail(AdminUnit u) {
        List<UnitRef> ancestors = units.ancestors(u);
        UnitRef parent = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
        return new UnitDetail(
                u.id,
                u.code,
                u.name,
                u.unitType,
                u.level,
                parent,
                ancestors,
                u.validFrom,
                u.validTo,
                u.poorDistrict,
                u.especiallyDifficult,
                u.urbanRural,
                units.childCount(u.id),
                u.version);
    }

    private static UnitInput clean(UnitInput in) {
        return new UnitInput(
                in.code().strip(),
                Text.clean(in.name()),
                Text.clean(in.unitType()),
                in.level(),
                in.parentId(),
                in.validFrom(),
                in.validTo(),
                in.poorDistrict(),
                in.especiallyDifficult(),
                in.urbanRural());
    }

    private static void apply(AdminUnit u, UnitInput in) {
        u.code = in.code();
        u.name = in.name();
        u.unitType = in.unitType();
        u.level = in.level();
        u.parentId = in.parentId();
        u.validFrom = in.validFrom();
        u.validTo = in.validTo();
        u.poorDistrict = in.poorDistrict();
        u.especiallyDifficult = in.especiallyDifficult();
        // Absent → what the unit type says where it is unambiguous (same rule as the reference loader).
        u.urbanRural = in.urbanRural() != null ? in.urbanRural() : UrbanRural.ofUnitType(in.unitType());
        u.updatedAt = OffsetDateTime.now();
    }

    private static AdminUnitRepository.After decode(String cursor) {
        List<String> k = Cursor.decode(cursor, 3);
        try {
            return new AdminUnitRepository.After(k.get(0), LocalDate.parse(k.get(1)), Long.parseLong(k.get(2)));
        } catch (RuntimeException e) {
            throw ApiException.badParam(
                    "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
        }
    }
}
