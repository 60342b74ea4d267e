package vn.gnbv.tracker.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.Auditable;

/**
 * One version of an administrative unit. {@code path} and {@code name_folded} belong to the database (trigger and
 * generated column), so they are read-only here; the parent is a plain id, the path gives the ancestry.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 5)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_folded", insertable = false, updatable = false)
    public String nameFolded;

    @Column(name = "unit_type", nullable = false)
    public String unitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitLevel level;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, insertable = false, updatable = false)
    public String path;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "poor_district")
    public Boolean poorDistrict;

    @Column(name = "especially_difficult")
    public Boolean especiallyDifficult;

    @Enumerated(EnumType.STRING)
    @Column(name = "urban_rural")
    public UrbanRural urbanRural;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** True when this version is valid on every day from {@code from} to {@code to} (null = open-ended). */
    public boolean covers(LocalDate from, LocalDate to) {
        boolean startsInTime = !validFrom.isAfter(from);
        boolean endsInTime = validTo == null || (to != null && !to.isAfter(validTo));
        return startsInTime && endsInTime;
    }

    @Override
    public String auditType() {
        return "ADMIN_UNIT";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(level, code, name, "from", validFrom);
    }

    @Override
    public Long auditUnitId() {
        return id;
    }

    @Override
    public String auditUnitPath() {
        return path;
    }
}
