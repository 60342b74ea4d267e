package vn.gnbv.tracker.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.audit.HistoryTable;

/**
 * A table that can be bulk-loaded: the SPI between the upload engine and the feature that owns the table. The feature
 * describes the table's canonical CSV version 1 columns, how a row is checked and staged ({@link #rules}) and how
 * the staged batch is merged and recorded in the audit trail ({@link #table}, whose history table the audit API reads
 * through {@link HistoryTable.Source}). Implementations are CDI beans, found by {@link Datasets}: the engine never
 * names a feature, so a new column is a change in the feature alone.
 *
 * <p>A column has a CSV name (snake_case) and a JSON name (camelCase); errors name the column as the client wrote it.
 */
public abstract class Dataset implements HistoryTable.Source {
    /** A column; {@code required}: it must be in a CSV header (the value may still be empty where rules allow). */
    public record Column(String csv, String json, boolean required) {
        public static Column required(String csv) {
            return new Column(csv, camel(csv), true);
        }

        public static Column optional(String csv) {
            return new Column(csv, camel(csv), false);
        }

        private static String camel(String csv) {
            StringBuilder json = new StringBuilder();
            boolean upper = false;
            for (char c : csv.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    json.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return json.toString();
        }
    }

    /** One upload's row rules, with whatever the rows may name already read. */
    public interface RowRules {
        /**
         * Checks one row: reports every broken rule through {@code row}, and stages the row when it passes
         * ({@link UploadRow#stage} then the staging columns in order).
         */
        void check(UploadRow row) throws IOException;
    }

    private final String path;
    private final String rowName;
    private final List<Column> columns;
    // Looked up for every value of every row: maps, not scans.
    private final Map<String, Integer> byCsv = new HashMap<>();
    private final Map<String, Integer> byJson = new HashMap<>();

    /**
     * @param path the path segment and the name in reports: {@code funding-lines}
     * @param rowName one row in a sentence: {@code A funding line}
     */
    protected Dataset(String path, String rowName, List<Column> columns) {
        this.path = path;
        this.rowName = rowName;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            byCsv.put(columns.get(i).csv(), i);
            byJson.put(columns.get(i).json(), i);
        }
    }

    /**
     * What an upload as a whole is for: the document its figures are stated in (null: none named), and the caller's
     * scope (materialised-path prefixes; null: national).
     */
    public record Batch(Long source, List<String> scope) {}

    /**
     * Reads what rows may name (codes and their ids) from the upload's own connection, once per upload. A batch
     * whose source the dataset refuses (unknown, outside the caller's scope) is refused here with an
     * {@link vn.gnbv.tracker.common.ApiException} naming the parameter; nothing is read on.
     */
    public abstract RowRules rules(Connection c, Batch batch) throws SQLException;

    /** The table's staging columns, natural key, merge and history. */
    public abstract BulkTable table();

    /** The table's history, as the audit API reads it (the same as {@code table().history()}). */
    @Override
    public HistoryTable history() {
        return table().history();
    }

    /**
     * A finding the upload changed, as the dataset's owner computed it: rule, what changed (OPENED, REOPENED,
     * RESOLVED), a message, and the ids of the figures involved.
     */
    public record Finding(long id, String rule, String change, String severity, String message, List<Long> figureIds) {}

    /** The findings an upload changed: the first {@link #LISTED} of them by id, and how many. */
    public record Found(List<Finding> listed, long count) {
        /** How many an upload's report lists (its warnings; warningCount counts them all). */
        public static final int LISTED = 1000;

        public static final Found NONE = new Found(List.of(), 0);
    }

    /**
     * How an upload recomputes the findings of the provinces (unit ids) it touched: what they opened, reopened or
     * resolved, audited under {@code who}. The dataset's owner knows its checks.
     */
    public interface Findings {
        /** After the batch is written, in the upload's transaction (which a dry run rolls back). */
        Found inTransaction(Connection c, Set<Long> provinceIds, AuditWriter.Who who) throws SQLException;

        /**
         * Whether a written upload's findings run after its figures commit ({@link #due}, {@link #afterCommit}),
         * where they can run on two sessions at once, rather than in its transaction.
         */
        boolean runAfterCommit();

        /** In the figures' transaction: their findings are due after it commits. */
        void due(Connection c, Set<Long> provinceIds) throws SQLException;

        /** After the figures committed, on the same connection: in a transaction of their own, committed. */
        Found afterCommit(Connection c, Set<Long> provinceIds, AuditWriter.Who who) throws SQLException;
    }

    /** The dataset's findings; none by default (an upload then only writes). */
    public Optional<Findings> findings() {
        return Optional.empty();
    }

    /** A header rule beyond the required columns, or empty. */
    public Optional<String> headerProblem(Set<String> present) {
        return Optional.empty();
    }

    public String path() {
        return path;
    }

    public String rowName() {
        return rowName;
    }

    public List<Column> columns() {
        return columns;
    }

    public int index(String csvName) {
        Integer i = byCsv.get(csvName);
        if (i == null) {
            throw new IllegalArgumentException(csvName);
        }
        return i;
    }

    /** The column with this CSV name, or -1. */
    int csvIndex(String csvName) {
        return byCsv.getOrDefault(csvName, -1);
    }

    /** The column with this JSON field name, or -1. */
    int jsonIndex(String jsonName) {
        return byJson.getOrDefault(jsonName, -1);
    }
}
