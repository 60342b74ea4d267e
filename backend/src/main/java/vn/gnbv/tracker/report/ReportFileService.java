package vn.gnbv.tracker.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.Arrays;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/**
 * A report's original document: attach or replace, download, remove. The caller must see the report (and, to
 * change its file, may write in its unit); every change is a REPORT_FILE audit event.
 */
@ApplicationScoped
public class ReportFileService {
    /** A file as stored, and whether this request attached the report's first one. */
    public record Stored(ReportDto.File file, boolean created) {}

    /** A file to send: its metadata, and its bytes unless the client's copy is current (null then). */
    public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

    @Inject
    ReportService reports;

    @Inject
    ReportFileRepository files;

    @Inject
    ReportConfig config;

    /**
     * Checks the report first (nothing is read for a report the caller may not change), then receives the body
     * outside any transaction, so a slow client holds no database connection, and stores it in a short one.
     */
    public Stored upload(long id, String contentType, String disposition, String contentLength, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> reports.requireVisible(id));
        ReportUpload.Type type = ReportUpload.type(contentType);
        String name = FileNames.parse(disposition, "report-" + id + "." + type.extension);
        byte[] content =
                ReportUpload.read(body, contentLength, config.maxFileSize().asLongValue());
        ReportUpload upload = ReportUpload.of(type, name, content);
        return QuarkusTransaction.requiringNew().call(() -> store(id, upload));
    }

    private Stored store(long id, ReportUpload upload) {
        Report report = reports.requireVisible(id);
        ReportFile file = files.findByIdOptional(id).map(f -> f.boundTo(report)).orElse(null);
        boolean created = file == null;
        if (created) {
            file = ReportFile.newFor(report);
            file.replace(upload);
            files.persist(file);
        } else {
            file.replace(upload);
        }
        try {
            files.flush();
        } catch (PersistenceException e) {
            // Two first uploads at once (the second insert meets the first's key), or the report deleted meanwhile.
            if (SqlStates.duplicate(e) || SqlStates.FOREIGN_KEY_VIOLATION.equals(SqlStates.of(e))) {
                throw new ApiException(
                        ErrorCode.CONCURRENT_MODIFICATION,
                        "The report or its file was changed by someone else meanwhile; nothing was stored. Retry.");
            }
            throw e;
        }
        return new Stored(file.view(), created);
    }

    /** The file, or only its metadata when {@code ifNoneMatch} names its current ETag (a 304 then). */
    @Transactional
    public Download download(long id, String ifNoneMatch) {
        reports.requireVisible(id);
        ReportFile file = files.findByIdOptional(id).orElseThrow(() -> noFile(id));
        boolean current = ifNoneMatch != null && matches(ifNoneMatch, file.getSha256());
        return new Download(
                file.getFileName(), file.getMediaType(), file.getSha256(), current ? null : file.getContent());
    }

    @Transactional
    public void remove(long id) {
        Report report = reports.requireVisible(id);
        ReportFile file = files.findByIdOptional(id).orElseThrow(() -> noFile(id));
        files.delete(file.boundTo(report));
        files.flush();
    }

    /** The file's ETag: its SHA-256, quoted. */
    public static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /** If-None-Match: {@code *} or a list of (possibly weak) entity tags, one of them the file's. */
    private static boolean matches(String ifNoneMatch, String sha256) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag(sha256)));
    }

    private static ApiException noFile(long id) {
        return new ApiException(ErrorCode.NOT_FOUND, "Report " + id + " has no file");
    }
}
