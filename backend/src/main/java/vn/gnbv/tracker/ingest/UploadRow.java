package vn.gnbv.tracker.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup.Unit;

/**
 * The row a dataset's rules are checking, as the engine hands it over: its values by CSV column name, the parts every
 * dataset shares (field names as the client wrote them, strict years and dates, errors counted per row) and the
 * staging stream. One instance serves a whole upload, moved from row to row: a million rows allocate nothing here.
 */
public final class UploadRow {
    private final Dataset dataset;
    private final RowSource source;
    private final boolean json;
    /** Materialised-path prefixes of the caller's subtrees; null for a national caller. */
    private final List<String> scope;

    private final RowErrors errors;
    private final CopyText out;
    private RowSource.Row row;
    private boolean refused;
    private boolean staged;

    UploadRow(Dataset dataset, RowSource source, List<String> scope, RowErrors errors, CopyText out) {
        this.dataset = dataset;
        this.source = source;
        this.json = source.jsonNames();
        this.scope = scope;
        this.errors = errors;
        this.out = out;
    }

    void moveTo(RowSource.Row next) {
        row = next;
        refused = false;
        staged = false;
    }

    boolean staged() {
        return staged;
    }

    /** The value of a column by its CSV name; null when empty or absent. */
    public String value(String csv) {
        return row.values()[dataset.index(csv)];
    }

    /** Whether the file names this column (a CSV header); false for JSON, which has no header. */
    public boolean hasColumn(String csv) {
        return source.hasColumn(csv);
    }

    /** A column's name as the client wrote it: the CSV header name or the JSON field name. */
    public String name(String csv) {
        return json ? dataset.columns().get(dataset.index(csv)).json() : csv;
    }

    /** Whether a rule of this row has failed already. */
    public boolean refused() {
        return refused;
    }

    /** Reports a broken rule of a column ({@code csv} null: of the row as a whole). */
    public void error(String csv, ViolationCode code, String message) {
        refused = true;
        errors.add(row.number(), csv == null ? null : name(csv), code, where() + message);
    }

    /**
     * Reports the violations of a single-write rule check (named by the API's field names, which {@code columnOf}
     * maps to CSV columns). Anything but a 422 is not about the row and is thrown on.
     */
    public void errors(ApiException e, UnaryOperator<String> columnOf) {
        if (e.status() != 422 || e.errors().isEmpty()) {
            throw e;
        }
        for (Violation v : e.errors()) {
            error(v.field() == null ? null : columnOf.apply(v.field()), v.code(), v.message());
        }
    }

    /** A four-digit year, or null when empty (or not a year, which is reported). */
    public Integer year(String csv) {
        String v = value(csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (s.length() != 4 || !Decimals.digitsOnly(s)) {
            error(csv, ViolationCode.INVALID_YEAR, name(csv) + " must be a four-digit year, not '" + v + "'");
            return null;
        }
        return Integer.parseInt(s);
    }

    /** An ISO date (yyyy-mm-dd), or null when empty (or not a date, which is reported). */
    public LocalDate date(String csv) {
        String v = value(csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            error(csv, ViolationCode.INVALID_DATE, name(csv) + " must be a date like 2025-07-01, not '" + v + "'");
            return null;
        }
    }

    /**
     * Starts the row's staging record for a row that passed its rules: the caller then adds the dataset's staging
     * columns in order. Null, and nothing staged, when the unit lies outside the caller's scope (reported) or a rule
     * of the row failed before.
     */
    public CopyText stage(Unit unit) {
        if (scope != null && scope.stream().noneMatch(unit.path()::startsWith)) {
            error(
                    "unit",
                    ViolationCode.OUT_OF_SCOPE,
                    "Unit " + unit.code() + " (" + unit.name() + ") lies outside your administrative scope");
        }
        if (refused) {
            return null;
        }
        staged = true;
        return out.begin(row.number(), unit.provinceId());
    }

    /** The problems found while splitting the row into values (wrong cell count, wrongly typed JSON field). */
    void reportProblems() {
        for (RowSource.RowProblem p : row.problems()) {
            refused = true;
            errors.add(row.number(), p.field(), p.code(), where() + p.message());
        }
    }

    /** PostgreSQL text cannot hold U+0000; anything else is stored as given (NFC). */
    void checkText() {
        String[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].indexOf('\u0000') >= 0) {
                String csv = dataset.columns().get(i).csv();
                error(csv, ViolationCode.INVALID_CHARACTER, name(csv) + " contains a NUL character");
            }
        }
    }

    private String where() {
        return row.line() > 0 ? "Line " + row.line() + ": " : "";
    }
}
