package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.geo.UnitLookup.Unit;

/**
 * Checks one row with the same rules as a single write and, when it passes, writes it with its references resolved
 * into the staging table's COPY stream. Subclasses know their dataset; this class knows the parts they share:
 * field names as the client wrote them, strict years and dates, the caller's scope.
 */
abstract class RowStager {
    private final Dataset dataset;
    private final boolean json;
    /** Materialised-path prefixes of the caller's subtrees; null for a national caller. */
    private final List<String> scope;

    protected final ReferenceIndex refs;
    private long valid;

    RowStager(Dataset dataset, boolean json, List<String> scope, ReferenceIndex refs) {
        this.dataset = dataset;
        this.json = json;
        this.scope = scope;
        this.refs = refs;
    }

    /** The temporary staging table, dropped at commit. */
    abstract String createSql();

    String copySql() {
        return "copy stage_row from stdin";
    }

    /** Checks the row; valid rows go to {@code out}, every broken rule to {@code errors}. */
    abstract boolean check(RowSource.Row row, RowErrors errors, CopyText out) throws IOException;

    final void stage(RowSource.Row row, RowErrors errors, CopyText out) throws IOException {
        if (!row.problems().isEmpty()) {
            row.problems().forEach(p -> errors.add(row.number(), p.field(), p.code(), where(row) + p.message()));
            return;
        }
        if (check(row, errors, out)) {
            valid++;
        }
    }

    long valid() {
        return valid;
    }

    /** The value of a column by its CSV name. */
    protected String value(RowSource.Row row, String csv) {
        return row.values()[dataset.index(csv)];
    }

    /** A column's name as the client wrote it: the CSV header name or the JSON field name. */
    protected String name(String csv) {
        return json ? dataset.columns().get(dataset.index(csv)).json() : csv;
    }

    protected static String where(RowSource.Row row) {
        return row.line() > 0 ? "Line " + row.line() + ": " : "";
    }

    protected void error(RowErrors errors, RowSource.Row row, String csvField, ViolationCode code, String message) {
        errors.add(row.number(), csvField == null ? null : name(csvField), code, where(row) + message);
    }

    /** The violations of a rule check (named by the API's field names), renamed to the upload's columns. */
    protected void errors(
            RowErrors errors, RowSource.Row row, ApiException e, java.util.function.UnaryOperator<String> columnOf) {
        if (e.status() != 422 || e.errors().isEmpty()) {
            throw e;
        }
        for (Violation v : e.errors()) {
            String csv = v.field() == null ? null : columnOf.apply(v.field());
            error(errors, row, csv, v.code(), v.message());
        }
    }

    /** Whether the unit lies in the caller's scope; if not, the row is named. */
    protected boolean inScope(RowErrors errors, RowSource.Row row, Unit unit) {
        if (scope == null || scope.stream().anyMatch(unit.path()::startsWith)) {
            return true;
        }
        error(
                errors,
                row,
                "unit",
                ViolationCode.OUT_OF_SCOPE,
                "Unit " + unit.code() + " (" + unit.name() + ") lies outside your administrative scope");
        return false;
    }

    /** A four-digit year, or null when empty; {@code bad[0]} set when the text is not a year. */
    protected Integer year(RowErrors errors, RowSource.Row row, String csv, boolean[] bad) {
        String v = value(row, csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (s.length() != 4 || !Decimals.digitsOnly(s)) {
            error(
                    errors,
                    row,
                    csv,
                    ViolationCode.INVALID_YEAR,
                    name(csv) + " must be a four-digit year, not '" + v + "'");
            bad[0] = true;
            return null;
        }
        return Integer.parseInt(s);
    }

    /** An ISO date (yyyy-mm-dd), or null when empty. */
    protected LocalDate date(RowErrors errors, RowSource.Row row, String csv, boolean[] bad) {
        String v = value(row, csv);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            error(
                    errors,
                    row,
                    csv,
                    ViolationCode.INVALID_DATE,
                    name(csv) + " must be a date like 2025-07-01, not '" + v + "'");
            bad[0] = true;
            return null;
        }
    }

    /** PostgreSQL text cannot hold U+0000; anything else is stored as given (NFC). */
    protected boolean textOk(RowErrors errors, RowSource.Row row) {
        boolean ok = true;
        String[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].indexOf('\u0000') >= 0) {
                String csv = dataset.columns().get(i).csv();
                error(errors, row, csv, ViolationCode.INVALID_CHARACTER, name(csv) + " contains a NUL character");
                ok = false;
            }
        }
        return ok;
    }

    /** The province (root of the materialised path) a unit belongs to: uploads lock per province. */
    protected static long province(Unit unit) {
        String p = unit.path();
        return Long.parseLong(p.substring(1, p.indexOf('/', 1)));
    }
}
