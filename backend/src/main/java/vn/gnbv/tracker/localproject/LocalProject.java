package vn.gnbv.tracker.localproject;

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

/**
 * A concrete local project / poverty-reduction model run under a component in one unit, as a report states it (or
 * entered directly: no report). Its natural key is (component, unit, name, report): V072. Written only; reads go
 * through {@link LocalProjectRepository}, which joins the program, component and unit in one statement.
 */
@Entity
@Table(name = "local_project")
public class LocalProject implements Auditable {
    public enum Status {
        PLANNED,
        IN_PROGRESS,
        COMPLETED,
        SUSPENDED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false)
    private Long componentId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Column(name = "approval_reference")
    private String approvalReference;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "state_budget_vnd", nullable = false)
    private long stateBudgetVnd;

    @Column(name = "people_counterpart_vnd", nullable = false)
    private long peopleCounterpartVnd;

    @Column(name = "other_vnd", nullable = false)
    private long otherVnd;

    @Column(name = "households_poor", nullable = false)
    private int householdsPoor;

    @Column(name = "households_near_poor", nullable = false)
    private int householdsNearPoor;

    @Column(name = "households_newly_escaped", nullable = false)
    private int householdsNewlyEscaped;

    @Column(name = "households_ethnic_minority", nullable = false)
    private int householdsEthnicMinority;

    @Column(name = "households_other", nullable = false)
    private int householdsOther;

    private String note;

    /** The report the project is stated in; null: entered directly. */
    @Column(name = "report_id")
    private Long reportId;

    /** Where in the report: section, table, page or line. */
    private String locator;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Copies a resolved, cleaned and validated project ({@link LocalProjectRules}). */
    void apply(LocalProjectRules.Resolved r) {
        componentId = r.component().id();
        unitId = r.unit().id();
        name = r.name();
        approvalReference = r.approvalReference();
        startDate = r.startDate();
        endDate = r.endDate();
        status = r.status();
        stateBudgetVnd = r.stateVnd();
        peopleCounterpartVnd = r.peopleCounterpartVnd();
        otherVnd = r.otherVnd();
        householdsPoor = r.poor();
        householdsNearPoor = r.nearPoor();
        householdsNewlyEscaped = r.newlyEscaped();
        householdsEthnicMinority = r.ethnicMinority();
        householdsOther = r.other();
        note = r.note();
        reportId = r.report() == null ? null : r.report().id();
        locator = r.locator();
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

    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "LOCAL_PROJECT";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(codes.of("admin_unit", unitId), name);
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
