package vn.gnbv.tracker.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/** One amount for a natural key (V001 funding_line). Other features' rows are plain ids, never associations. */
@Entity
@Table(name = "funding_line")
public class FundingLine implements Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "program_id", nullable = false)
    public Long programId;

    /** Null: the line is for the program as a whole. */
    @Column(name = "component_id")
    public Long componentId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    /** Null: the line is for the whole phase (a medium-term plan, a proposal, a cumulative figure). */
    @Column(name = "fiscal_year")
    public Short fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public FundingSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "capital_type", nullable = false)
    public CapitalType capitalType;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false)
    public FundingMeasure measure;

    @Column(name = "implementing_body")
    public String implementingBody;

    @Column(name = "implementing_body_key")
    public String implementingBodyKey;

    @Column(name = "origin_year")
    public Short originYear;

    @Column(name = "amount_vnd", nullable = false)
    public Long amountVnd;

    @Column(name = "reference")
    public String reference;

    @Column(name = "note")
    public String note;

    /** The report the line is stated in; null for direct entry. */
    @Column(name = "report_id")
    public Long reportId;

    /** Where in the report: section, table, page or line. */
    @Column(name = "locator")
    public String locator;

    @Version
    @Column(name = "version", nullable = false)
    public Integer version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String auditType() {
        return "FUNDING_LINE";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditKey(Codes codes) {
        String component = componentId == null ? "" : "/" + codes.of("program_component", componentId);
        return Auditable.join(
                codes.of("program", programId) + component,
                codes.of("admin_unit", unitId),
                fiscalYear,
                source,
                capitalType,
                measure,
                implementingBody);
    }

    @Override
    public Long auditUnitId() {
        return unitId;
    }
}
