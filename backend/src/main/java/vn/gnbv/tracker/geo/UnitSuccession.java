package vn.gnbv.tracker.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.gnbv.tracker.common.Auditable;

/** predecessor → successor at a reform; keyed by the pair. */
@Entity
@Table(name = "unit_succession")
@IdClass(UnitSuccession.Key.class)
public class UnitSuccession implements Auditable {
    public enum Kind {
        FULL,
        PARTIAL
    }

    /** The composite key: Hibernate wants a mutable class with equals/hashCode here. */
    public static class Key implements Serializable {
        public Long predecessorId;
        public Long successorId;

        public Key() {}

        public Key(Long predecessorId, Long successorId) {
            this.predecessorId = predecessorId;
            this.successorId = successorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(predecessorId, k.predecessorId)
                    && Objects.equals(successorId, k.successorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(predecessorId, successorId);
        }
    }

    @Id
    @Column(name = "predecessor_id")
    public Long predecessorId;

    @Id
    @Column(name = "successor_id")
    public Long successorId;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Override
    public String auditType() {
        return "UNIT_SUCCESSION";
    }

    @Override
    public String auditId() {
        return predecessorId + "-" + successorId;
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(
                codes.of("admin_unit", predecessorId), "→", codes.of("admin_unit", successorId), "on", effectiveDate);
    }

    @Override
    public Long auditUnitId() {
        return predecessorId;
    }
}
