package vn.gnbv.tracker.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What an upload carries, and its canonical CSV version 1 columns. A column has a CSV name (snake_case) and a JSON
 * name (camelCase); errors name the column as the client wrote it.
 */
public enum Dataset {
    FUNDING_LINES(
            "funding-lines",
            List.of(
                    col("program", true),
                    col("component", true),
                    col("unit", true),
                    col("year", true),
                    col("source", true),
                    col("capital_type", true),
                    col("measure", true),
                    col("amount_vnd", false),
                    col("amount_million_vnd", false),
                    col("implementing_body", false),
                    col("origin_year", false),
                    col("unit_as_of", false),
                    col("reference", false),
                    col("note", false))),
    INDICATOR_VALUES(
            "indicator-values",
            List.of(
                    col("indicator", true),
                    col("unit", true),
                    col("period", true),
                    col("kind", true),
                    col("value", true),
                    col("category", false),
                    col("unit_as_of", false),
                    col("note", false)));

    /** A column; {@code required}: it must be in a CSV header (the value may still be empty where rules allow). */
    public record Column(String csv, String json, boolean required) {}

    private final String path;
    private final List<Column> columns;
    // Looked up for every value of every row: maps, not scans.
    private final java.util.Map<String, Integer> byCsv = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> byJson = new java.util.HashMap<>();

    Dataset(String path, List<Column> columns) {
        this.path = path;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            byCsv.put(columns.get(i).csv(), i);
            byJson.put(columns.get(i).json(), i);
        }
    }

    /** The path segment and the name in reports: {@code funding-lines}. */
    public String path() {
        return path;
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

    /** A header rule beyond the required columns, or empty: a funding file carries exactly one amount column. */
    public Optional<String> headerProblem(java.util.Set<String> present) {
        if (this == FUNDING_LINES && present.contains("amount_vnd") == present.contains("amount_million_vnd")) {
            return Optional.of("The header must have exactly one of the columns amount_vnd and amount_million_vnd");
        }
        return Optional.empty();
    }

    public static Optional<Dataset> byPath(String path) {
        for (Dataset d : values()) {
            if (d.path.equals(path)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Column col(String csv, boolean required) {
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
        return new Column(csv, json.toString(), required);
    }
}
