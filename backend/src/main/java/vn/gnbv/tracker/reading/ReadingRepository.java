package vn.gnbv.tracker.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The table report_reading: each run of the reader over a report's file. */
@ApplicationScoped
class ReadingRepository {
    /** A run as stored (without the report's proposal counts, which the service adds). */
    record Run(
            long id,
            long reportId,
            String status,
            String failure,
            String readerVersion,
            String fileName,
            String fileSha256,
            Instant startedAt,
            Instant finishedAt,
            String readBy,
            long proposed,
            long replaced,
            long kept,
            Instant committedAt) {}

    long insert(Connection c, Run r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into report_reading (report_id, status, failure,"
                + " reader_version, file_name, file_sha256, proposed, replaced, kept, read_by, started_at,"
                + " finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            ps.setLong(1, r.reportId());
            ps.setString(2, r.status());
            ps.setString(3, r.failure());
            ps.setString(4, r.readerVersion());
            ps.setString(5, r.fileName());
            ps.setString(6, r.fileSha256());
            ps.setLong(7, r.proposed());
            ps.setLong(8, r.replaced());
            ps.setLong(9, r.kept());
            ps.setString(10, r.readBy());
            ps.setTimestamp(11, Timestamp.from(r.startedAt()));
            ps.setTimestamp(12, Timestamp.from(r.finishedAt()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The report's latest run, successful or not. */
    Optional<Run> latest(Connection c, long report) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, report_id, status, failure, reader_version,"
                + " file_name, file_sha256, started_at, finished_at, read_by, proposed, replaced, kept, committed_at"
                + " from report_reading where report_id = ? order by id desc limit 1")) {
            ps.setLong(1, report);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Run(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        ProposalRows.instant(rs.getTimestamp(8)),
                        ProposalRows.instant(rs.getTimestamp(9)),
                        rs.getString(10),
                        rs.getLong(11),
                        rs.getLong(12),
                        rs.getLong(13),
                        ProposalRows.instant(rs.getTimestamp(14))));
            }
        }
    }

    /** A commit of the report's accepted proposals, on the latest run. */
    static void committed(Connection c, long report) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update report_reading set committed_at = now() where id ="
                + " (select max(id) from report_reading where report_id = ?)")) {
            ps.setLong(1, report);
            ps.executeUpdate();
        }
    }
}
