package vn.gnbv.tracker.audit;

import java.util.List;

/**
 * A typed history table (V075): the before-image of every row a bulk statement replaced or deleted, one row each,
 * with the audit event that carries who, when and the request id ({@code event_id}) and the operation. The feature
 * that owns the base table declares it (through {@link Source}: every upload dataset is one), {@link AuditWriter}
 * writes it set-based, and the audit API shows each row as an UPDATE or DELETE event with before and after, the
 * same as a single write's. Expressions are written over a row alias {@code {r}} (a row of the base table or of the
 * history, which share the image columns) and, in {@code resourceKey}, its unit {@code u}.
 *
 * @param resourceType the audit resource type of the rows: {@code FUNDING_LINE}
 * @param dataset the upload dataset whose UPLOAD events list the rows they created ({@code funding-lines}), or null
 * @param table the history table: {@code funding_line_history}
 * @param base the table it keeps the history of: {@code funding_line}
 * @param columns the image: the base table's columns the history keeps, named alike in both
 * @param joins joins {@code resourceKey} needs, over {@code {r}}
 * @param resourceKey the readable key of a row, as the single-write audit has it
 * @param image the row as jsonb, exactly as the single-write audit records the entity's state
 */
public record HistoryTable(
        String resourceType,
        String dataset,
        String table,
        String base,
        List<String> columns,
        String joins,
        String resourceKey,
        String image) {

    /** A CDI bean that declares a history table; the audit API reads every one it finds. */
    public interface Source {
        HistoryTable history();
    }

    public HistoryTable {
        columns = List.copyOf(columns);
        if (!(table + base).matches("[a-z_]+") || !resourceType.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("not a table or resource type: " + table + ", " + resourceType);
        }
    }

    /** The image of the row with this alias, as jsonb. */
    public String image(String alias) {
        return image.replace("{r}", alias);
    }

    String joins(String alias) {
        return joins.replace("{r}", alias);
    }

    String resourceKey(String alias) {
        return resourceKey.replace("{r}", alias);
    }

    /** ISO-8601 UTC text of a timestamptz expression, as the single-write audit's JSON has it. */
    public static String isoTimestamp(String expression) {
        return "to_char(" + expression + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
