package vn.gnbv.tracker.localproject;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitIndex;
import vn.gnbv.tracker.ingest.BulkTable;
import vn.gnbv.tracker.ingest.Dataset;
import vn.gnbv.tracker.ingest.UploadRow;
import vn.gnbv.tracker.localproject.LocalProject.Status;
import vn.gnbv.tracker.localproject.LocalProjectDto.BudgetInput;
import vn.gnbv.tracker.localproject.LocalProjectDto.HouseholdsInput;
import vn.gnbv.tracker.program.ProgramIndex;
import vn.gnbv.tracker.report.BatchReports;
import vn.gnbv.tracker.report.FigureRefs;

/**
 * Local projects as a bulk upload takes them ({@code /uploads/local-projects}): the canonical CSV columns (the JSON
 * body's nested budget and households flattened: {@code budget_state_vnd}, {@code households_poor}, …), each row
 * parsed strictly and checked by {@link LocalProjectRules} (the single-write rules), then staged for
 * {@link LocalProjectBulk#TABLE}.
 */
@Singleton
public class LocalProjectDataset extends Dataset {
    /** CSV column → the single-write field it feeds, for the numbers of the nested budget and households. */
    private static final List<String[]> NUMBERS = List.of(
            new String[] {"budget_state_vnd", "budget.stateVnd"},
            new String[] {"budget_people_counterpart_vnd", "budget.peopleCounterpartVnd"},
            new String[] {"budget_other_vnd", "budget.otherVnd"},
            new String[] {"households_poor", "households.poor"},
            new String[] {"households_near_poor", "households.nearPoor"},
            new String[] {"households_newly_escaped", "households.newlyEscaped"},
            new String[] {"households_ethnic_minority", "households.ethnicMinority"},
            new String[] {"households_other", "households.other"});

    public LocalProjectDataset() {
        super(
                "local-projects",
                "A local project",
                List.of(
                        Column.required("program"),
                        Column.required("component"),
                        Column.required("unit"),
                        Column.required("name"),
                        Column.required("status"),
                        Column.optional("unit_as_of"),
                        Column.optional("approval_reference"),
                        Column.optional("start_date"),
                        Column.optional("end_date"),
                        Column.optional("budget_state_vnd"),
                        Column.optional("budget_people_counterpart_vnd"),
                        Column.optional("budget_other_vnd"),
                        Column.optional("households_poor"),
                        Column.optional("households_near_poor"),
                        Column.optional("households_newly_escaped"),
                        Column.optional("households_ethnic_minority"),
                        Column.optional("households_other"),
                        Column.optional("note"),
                        Column.optional("report"),
                        Column.optional("locator")));
    }

    @Override
    public BulkTable table() {
        return LocalProjectBulk.TABLE;
    }

    @Override
    public RowRules rules(Connection c, Batch batch) throws SQLException {
        BatchReports reports = new BatchReports(c, batch);
        UnitIndex units = UnitIndex.load(c);
        ProgramIndex programs = ProgramIndex.load(c);
        FigureRefs refs = FigureRefs.batch(programs, units, reports);
        return row -> check(row, refs, reports);
    }

    private static void check(UploadRow row, FigureRefs refs, BatchReports reports) throws IOException {
        Long report = reports.ofRow(row);
        LocalDate asOf = row.date("unit_as_of");
        LocalDate start = row.date("start_date");
        LocalDate end = row.date("end_date");
        Status status = status(row);
        LocalProjectDto.Input in = new LocalProjectDto.Input(
                row.value("program"),
                row.value("component"),
                row.value("unit"),
                asOf,
                row.value("name"),
                row.value("approval_reference"),
                start,
                end,
                status,
                new BudgetInput(
                        money(row, "budget_state_vnd"),
                        money(row, "budget_people_counterpart_vnd"),
                        money(row, "budget_other_vnd")),
                new HouseholdsInput(
                        count(row, "households_poor"),
                        count(row, "households_near_poor"),
                        count(row, "households_newly_escaped"),
                        count(row, "households_ethnic_minority"),
                        count(row, "households_other")),
                row.value("note"),
                report,
                row.value("locator"));
        LocalProjectRules.Resolved r;
        try {
            r = LocalProjectRules.resolve(in, refs);
        } catch (ApiException e) {
            row.errors(e, LocalProjectDataset::column);
            return;
        }
        var out = row.stage(r.unit());
        if (out == null) {
            return;
        }
        // In the order of LocalProjectBulk.TABLE's staging columns.
        out.add(r.component().id())
                .add(r.unit().id())
                .add(r.name())
                .add(r.approvalReference())
                .add(r.startDate() == null ? null : r.startDate().toString())
                .add(r.endDate() == null ? null : r.endDate().toString())
                .add(r.status().name())
                .add(r.stateVnd())
                .add(r.peopleCounterpartVnd())
                .add(r.otherVnd())
                .add(r.poor())
                .add(r.nearPoor())
                .add(r.newlyEscaped())
                .add(r.ethnicMinority())
                .add(r.other())
                .add(r.note())
                .add(r.report() == null ? null : r.report().id())
                .add(r.locator());
    }

    /** The CSV column of a single-write field name. */
    private static String column(String field) {
        for (String[] n : NUMBERS) {
            if (n[1].equals(field)) {
                return n[0];
            }
        }
        return switch (field) {
            case "unitAsOf" -> "unit_as_of";
            case "approvalReference" -> "approval_reference";
            case "startDate" -> "start_date";
            case "endDate" -> "end_date";
            case "reportId" -> "report";
            // The totals: reported on the first column of the group.
            case "budget" -> "budget_state_vnd";
            case "households" -> "households_poor";
            default -> field;
        };
    }

    /**
     * The status code; PLANNED stands in for one missing or unknown (reported here, so the rules do not report it
     * again) so that the other rules still run.
     */
    private static Status status(UploadRow row) {
        String s = row.value("status");
        if (s == null || s.isBlank()) {
            row.error("status", ViolationCode.MISSING, row.name("status") + " is required");
            return Status.PLANNED;
        }
        try {
            return Status.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            row.error("status", ViolationCode.UNKNOWN_CODE, row.name("status") + " has an unknown code: " + s);
            return Status.PLANNED;
        }
    }

    /**
     * Whole VND by the number rule (common/Decimals), as a single write reads it: a negative amount is passed on for
     * the rules to report; anything else that is not whole đồng is reported here and counts as omitted.
     */
    private static Long money(UploadRow row, String csv) {
        String v = row.value(csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        ViolationCode problem = Decimals.vnd(s);
        if (problem == null || (problem == ViolationCode.NEGATIVE_AMOUNT && Decimals.vnd(s.substring(1)) == null)) {
            return Decimals.vndValue(s);
        }
        row.error(
                csv,
                problem,
                row.name(csv)
                        + (problem == ViolationCode.AMOUNT_OUT_OF_RANGE
                                ? " is larger than any amount the system stores"
                                : " must be a whole number of đồng, digits only, not '" + s + "'"));
        return null;
    }

    /** A whole number of households (a negative one is passed on for the rules to report), or null when empty. */
    private static Integer count(UploadRow row, String csv) {
        String v = row.value(csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        String digits = s.startsWith("-") ? s.substring(1) : s;
        if (Decimals.digitsOnly(digits)) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                row.error(csv, ViolationCode.OUT_OF_RANGE, row.name(csv) + " is larger than any count of households");
                return null;
            }
        }
        row.error(csv, ViolationCode.NOT_AN_INTEGER, row.name(csv) + " must be a whole number, not '" + s + "'");
        return null;
    }
}
