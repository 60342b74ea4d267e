package vn.gnbv.tracker.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/**
 * One sign-off (V085 sign_off): the status of a unit's figures of one program, period and dataset on their way to
 * the level above. A key without a row is DRAFT at version 0; the first transition creates the row at version 1.
 * Every transition is an audited write of this entity (resource type SIGN_OFF: status, reason, who and when).
 * The version is kept by the service under a row lock, not by {@code @Version}, so that the implicit version 0 and the
 * first stored version 1 differ.
 */
@Entity
@Table(name = "sign_off")
public class SignOff implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    Long unitId;

    @Column(name = "program_id", nullable = false, updatable = false)
    Long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    SignOffDataset dataset;

    @Column(nullable = false, updatable = false)
    String period;

    @Column(name = "fiscal_year", updatable = false)
    Short fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SignOffStatus status;

    String reason;

    @Column(name = "changed_by", nullable = false)
    String changedBy;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Column(nullable = false)
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Override
    public String auditType() {
        return "SIGN_OFF";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(dataset, codes.of("program", programId), period, codes.of("admin_unit", unitId));
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
