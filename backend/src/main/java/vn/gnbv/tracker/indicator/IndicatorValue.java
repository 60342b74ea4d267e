package vn.gnbv.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.Auditable;

/** One reported figure: (indicator, unit, period, kind, category) is its natural key. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueKind kind;

    @Column(name = "category")
    public String category;

    // Exact decimal as reported (NUMERIC without precision): never a float.
    @Column(name = "value", nullable = false)
    public BigDecimal amount;

    @Column(name = "note")
    public String note;

    /** The report the value is stated in; null for direct entry. */
    @Column(name = "report_id")
    public Long reportId;

    /** Where in the report: section, table, page or line. */
    @Column(name = "locator")
    public String locator;

    /** The bound a TARGET states ("trên 3 %" → GT); null for a plain level and for every other kind. */
    @Enumerated(EnumType.STRING)
    @Column(name = "comparator")
    public TargetComparator comparator;

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
        return "INDICATOR_VALUE";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(
                codes.of("indicator", indicatorId), codes.of("admin_unit", unitId), period, kind, category);
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
