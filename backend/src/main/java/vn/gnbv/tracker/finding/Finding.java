package vn.gnbv.tracker.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/**
 * A finding as a manager changes it: its status and note (V080 finding). The engine writes everything else set-based
 * ({@link FindingMerge}); the listing reads through {@link FindingRepository}. Status changes are audited.
 */
@Entity
@Table(name = "finding")
public class Finding implements Auditable {
    @Id
    Long id;

    @Column(updatable = false, insertable = false)
    String rule;

    @Column(updatable = false, insertable = false)
    String fingerprint;

    @Column(name = "unit_id", updatable = false, insertable = false)
    Long unitId;

    @Enumerated(EnumType.STRING)
    FindingStatus status;

    String note;

    @Column(name = "status_by")
    String statusBy;

    @Column(name = "status_at")
    Instant statusAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Version
    int version;

    @Override
    public String auditType() {
        return "FINDING";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(rule, codes.of("admin_unit", unitId), "#" + id);
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
