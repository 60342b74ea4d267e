package vn.gnbv.tracker.approval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.LockedCell;
import vn.gnbv.tracker.funding.FundingLineDataset;
import vn.gnbv.tracker.indicator.IndicatorValueDataset;
import vn.gnbv.tracker.ingest.LockedRows;

/**
 * Explains an upload the lock triggers refused: its staged rows in approved cells, and the approved figures a replace
 * would delete. The one place that reads the staging tables of two datasets (funding lines: unit_id, program_id,
 * fiscal_year; indicator values: unit_id, period) — the same cells as the triggers of V085.
 */
@ApplicationScoped
public class ApprovalLockedRows implements LockedRows {
    private static final TypeReference<List<LockedCell>> CELLS = new TypeReference<>() {};

    /** Per dataset: the staged or stored row's columns matched against an approved sign-off {@code a}. */
    private record Cells(String table, String columns, String match) {}

    private static final Cells FUNDING = new Cells(
            "funding_line",
            "unit_id, program_id, fiscal_year",
            "a.dataset = 'FUNDING' and a.program_id = c.program_id and a.fiscal_year is not distinct from c.fiscal_year");
    private static final Cells INDICATORS =
            new Cells("indicator_value", "unit_id, period", "a.dataset = 'INDICATORS' and a.period = c.period");

    @Inject
    ObjectMapper json;

    @Override
    public Found find(Connection c, String dataset, Long replaced) throws SQLException {
        Cells cells = switch (dataset) {
            case FundingLineDataset.PATH -> FUNDING;
            case IndicatorValueDataset.PATH -> INDICATORS;
            default -> null;
        };
        if (cells == null) {
            return null;
        }
        String hits =
                "select distinct c.*, a.id as sign_off_id from (select distinct " + cells.columns() + " from %s) c"
                        + " join sign_off a on a.status = 'APPROVED' and " + cells.match()
                        + " join admin_unit au on au.id = a.unit_id"
                        + " join admin_unit u on u.id = c.unit_id and u.path like au.path || '%%'";
        List<Long> signOffs = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        // The batch's distinct cells are matched first (few), then its rows in the approved ones.
        try (PreparedStatement ps = c.prepareStatement("with h as (" + hits.formatted("stage_row")
                + ") select s.row_no, h.sign_off_id from stage_row s join h on " + join(cells, "s")
                + " order by s.row_no")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1));
                    signOffs.add(rs.getLong(2));
                }
            }
        }
        long deletions = 0;
        if (replaced != null) {
            // What mode=replace deletes: the report's stored rows the batch's keys did not match.
            String leftOut = " from " + cells.table() + " t where t.report_id = ? and not exists"
                    + " (select 1 from stage_old o where o.id = t.id)";
            try (PreparedStatement ps = c.prepareStatement("with h as ("
                    + hits.formatted("(select " + cells.columns() + leftOut + ") l")
                    + ") select count(*), array_agg(distinct h.sign_off_id)"
                    + leftOut.replace(" t where", " t join h on " + join(cells, "t") + " where"))) {
                ps.setLong(1, replaced);
                ps.setLong(2, replaced);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    deletions = rs.getLong(1);
                    if (rs.getArray(2) != null) {
                        for (Long id : (Long[]) rs.getArray(2).getArray()) {
                            signOffs.add(id);
                        }
                    }
                }
            }
        }
        return new Found(rows.stream().distinct().toList(), deletions, cells(c, signOffs));
    }

    /** The row {@code alias} lies in cell {@code h} (a null fiscal year, the phase, is a cell of its own). */
    private static String join(Cells cells, String alias) {
        List<String> eq = new ArrayList<>();
        for (String col : cells.columns().split(",\\s*")) {
            eq.add(alias + "." + col + " is not distinct from h." + col);
        }
        return String.join(" and ", eq);
    }

    /** The sign-offs as the triggers name them (V085 sign_off_cells). */
    private List<LockedCell> cells(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("select sign_off_cells(?)::text")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.stream().distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return json.readValue(rs.getString(1), CELLS);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable locked cells", e);
        }
    }
}
