package vn.gnbv.tracker.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import vn.gnbv.tracker.common.Auditable;

/**
 * A report's original document (V070 report_file), one per report. Attaching, replacing and removing it are audited
 * as REPORT_FILE events under the report's id, key and unit; the trail records name, type, size and digest, never
 * the bytes.
 */
@Entity
@Table(name = "report_file")
public class ReportFile implements Auditable {
    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    // Lazy: deleting or describing a file never reads up to 20 MiB it does not need.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The report this file belongs to: its key and unit are the event's. Set whenever the entity is used. */
    @Transient
    private Report report;

    static ReportFile newFor(Report report) {
        ReportFile f = new ReportFile();
        f.reportId = report.getId();
        return f.boundTo(report);
    }

    /** Binds a loaded file to its report, whose key and unit its audit events carry. */
    ReportFile boundTo(Report owner) {
        if (!owner.getId().equals(reportId)) {
            throw new IllegalArgumentException("file of report " + reportId + ", not " + owner.getId());
        }
        this.report = owner;
        return this;
    }

    void replace(ReportUpload upload) {
        fileName = upload.fileName();
        mediaType = upload.mediaType();
        sizeBytes = upload.content().length;
        sha256 = upload.sha256();
        content = upload.content();
        uploadedAt = Instant.now();
    }

    ReportDto.File view() {
        return new ReportDto.File(fileName, mediaType, sizeBytes, sha256, uploadedAt);
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    @Override
    public String auditType() {
        return "REPORT_FILE";
    }

    @Override
    public String auditId() {
        return String.valueOf(reportId);
    }

    @Override
    public String auditKey(Codes codes) {
        return Auditable.join(owner().auditKey(codes), fileName);
    }

    @Override
    public Long auditUnitId() {
        return owner().getUnitId();
    }

    private Report owner() {
        if (report == null) {
            // Recording the event without its unit would hide it from the province's managers: refuse the write.
            throw new IllegalStateException("report file " + reportId + " is not bound to its report");
        }
        return report;
    }
}
