package vn.gnbv.tracker.report;

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
import java.time.Instant;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Auditable;
import vn.gnbv.tracker.common.Period;

/**
 * A document figures are stated in (V070 report): its number at its issuing unit on its date. Written only; reads go
 * through {@link ReportRepository}, which joins the unit, program and file metadata in one statement.
 */
@Entity
@Table(name = "report")
public class Report implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "program_id")
    private Long programId;

    @Column(nullable = false)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false)
    private String title;

    private String period;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    private String note;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Copies cleaned input whose codes are already resolved. */
    void apply(long unitId, Long programId, Period period, ReportDto.Input in) {
        this.unitId = unitId;
        this.programId = programId;
        this.number = in.number();
        this.issuedOn = in.issuedOn();
        this.title = in.title();
        this.period = period == null ? null : period.id();
        this.periodStart = period == null ? null : period.start();
        this.periodEnd = period == null ? null : period.end();
        this.kind = in.kind();
        this.note = in.note();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "REPORT";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(codes.of("admin_unit", unitId), number, issuedOn);
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
