package vn.gnbv.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.Auditable;

/**
 * One code of an indicator's disaggregation list (poor, near-poor, ethnic minority, …): a value's category must be
 * one of its indicator's codes, or none for the reported total. Managed with its indicator (IndicatorInput.categories).
 */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    @Column(nullable = false)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** The partition of its indicator's total this code belongs to (V081), or null: it may overlap the others. */
    @Column(name = "partition")
    public String partition;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    @Override
    public String auditType() {
        return "INDICATOR_CATEGORY";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(codes.of("indicator", indicatorId), code);
    }

    @Override
    public Long auditUnitId() {
        return null;
    }
}
