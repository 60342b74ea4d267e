package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An upload's findings as warnings: the provinces of the figures a mode=replace upload may delete (the batch's own
 * come from its province locks), and which of its rows each finding involves (the findings listed: {@link
 * Dataset.Found#LISTED}).
 */
final class UploadFindings {
    private UploadFindings() {}

    /** For mode=replace: the provinces (unit ids) of the source's stored figures, which the upload may delete. */
    static Set<Long> sourceProvinces(Connection c, UploadSpec spec, MergeSql sql) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.sourceProvinces())) {
            ps.setLong(1, spec.source());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The findings as warnings, each with the batch's rows that state its figures. */
    static List<UploadWarning> warnings(Connection c, BatchRows batch, List<Dataset.Finding> listed)
            throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        listed.forEach(f -> ids.addAll(f.figureIds()));
        Map<Long, List<Long>> rowsById = ids.isEmpty() ? Map.of() : batch.rowsOf(c, ids);
        List<UploadWarning> out = new ArrayList<>(listed.size());
        for (Dataset.Finding f : listed) {
            List<Long> rows = new ArrayList<>();
            for (Long id : f.figureIds()) {
                rows.addAll(rowsById.getOrDefault(id, List.of()));
            }
            rows.sort(null);
            out.add(new UploadWarning(f.rule(), f.change(), f.id(), f.severity(), f.message(), rows));
        }
        return out;
    }

    /** The staged batch's rows, found through the staging table by natural key. */
    static BatchRows staged(MergeSql sql) {
        return (c, ids) -> {
            Map<Long, List<Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql.rowsOf())) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    }
                }
            }
            return out;
        };
    }
}
