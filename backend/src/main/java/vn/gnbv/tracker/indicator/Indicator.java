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
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.Auditable;

/** An indicator definition: data, not code, so a new report line needs no release. */
@Entity
@Table(name = "indicator")
public class Indicator implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure", nullable = false)
    public UnitOfMeasure unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    @Column(name = "numerator_id")
    public Long numeratorId;

    @Column(name = "denominator_id")
    public Long denominatorId;

    @Column(nullable = false)
    public int scale = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension")
    public Dimension dimension;

    @Column(name = "description")
    public String description;

    /** Values add over time: a period's value is the sum of its years' (V081; stocks never add). */
    @Column(name = "adds_over_time", nullable = false)
    public boolean addsOverTime;

    /** The level indicator whose change this one states, with {@link #changeDirection} (V081). */
    @Column(name = "change_of_id")
    public Long changeOfId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_direction")
    public ChangeDirection changeDirection;

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
        return "INDICATOR";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return code;
    }

    @Override
    public Long auditUnitId() {
        return null;
    }
}
