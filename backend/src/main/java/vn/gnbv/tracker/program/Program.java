package vn.gnbv.tracker.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/** A program phase (GNBV 2021–2025, the merged 2026–2035 program …). */
@Entity
@Table(name = "program")
public class Program implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "legal_basis")
    private String legalBasis;

    /** A parent unit's sign-off is approved only after its children's with figures (the approval feature's rule). */
    @Column(name = "approval_children_first", nullable = false)
    private boolean approvalChildrenFirst = true;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Copies already cleaned and validated values. */
    void apply(ProgramDto.Input in) {
        code = in.code();
        nameVi = in.nameVi();
        nameEn = in.nameEn();
        startYear = in.startYear();
        endYear = in.endYear();
        legalBasis = in.legalBasis();
        approvalChildrenFirst = in.approvalChildrenFirst() == null || in.approvalChildrenFirst();
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

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isApprovalChildrenFirst() {
        return approvalChildrenFirst;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String auditType() {
        return "PROGRAM";
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
