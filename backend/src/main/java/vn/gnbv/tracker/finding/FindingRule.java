package vn.gnbv.tracker.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/** A rule's settings (V080 finding_rule): the default (no program) or one program's own. Changes are audited. */
@Entity
@Table(name = "finding_rule")
public class FindingRule implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "program_id")
    Long programId;

    @Column(nullable = false)
    String rule;

    boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FindingDto.Severity severity;

    BigDecimal tolerance;

    BigDecimal threshold;

    @Version
    int version;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Override
    public String auditType() {
        return "FINDING_RULE";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(rule, programId == null ? "default" : codes.of("program", programId));
    }

    @Override
    public Long auditUnitId() {
        return null;
    }
}
