package vn.gnbv.tracker.program;

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
import vn.gnbv.tracker.common.Auditable;

/**
 * A node of a program's structure: project (DA), sub-project (TDA) or content. The parent is a plain id so the tree
 * is read in one query and walked in memory.
 */
@Entity
@Table(name = "program_component")
public class ProgramComponent implements Auditable {
    public enum Kind {
        PROJECT,
        SUB_PROJECT,
        CONTENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgramComponent() {}

    ProgramComponent(long programId) {
        this.programId = programId;
    }

    /** Copies already cleaned and validated values. */
    void apply(ComponentDto.Input in) {
        parentId = in.parentId();
        kind = in.kind();
        code = in.code();
        nameVi = in.nameVi();
        nameEn = in.nameEn();
        sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
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

    public Long getProgramId() {
        return programId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
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
        return "PROGRAM_COMPONENT";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return codes.of("program", programId) + "/" + code;
    }

    @Override
    public Long auditUnitId() {
        return null;
    }
}
