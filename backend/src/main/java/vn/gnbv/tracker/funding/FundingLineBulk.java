package vn.gnbv.tracker.funding;

import java.util.List;
import java.util.stream.Stream;
import vn.gnbv.tracker.audit.HistoryTable;
import vn.gnbv.tracker.ingest.BulkTable;

/**
 * funding_line as bulk loads take it (the upload engine builds its statements from this): the staging columns in the
 * order {@link FundingLineDataset} writes them, the natural key (with the report: V071) as the unique index
 * funding_line_natural_key has it,
 * what an upload replaces on an existing key, the report column mode=replace works on, and the table's history.
 */
final class FundingLineBulk {
    private FundingLineBulk() {}

    /**
     * funding_line_history (V075): a line's before-image as the audit trail shows it, the same fields and spelling
     * as the single-write audit of {@link FundingLine} (EntityState), key in codes as {@link FundingLine#auditKey}.
     */
    static final HistoryTable HISTORY = new HistoryTable(
            "FUNDING_LINE",
            "funding-lines",
            "funding_line_history",
            "funding_line",
            List.of(
                    "id",
                    "program_id",
                    "component_id",
                    "unit_id",
                    "fiscal_year",
                    "source",
                    "capital_type",
                    "measure",
                    "implementing_body",
                    "implementing_body_key",
                    "origin_year",
                    "amount_vnd",
                    "reference",
                    "note",
                    "report_id",
                    "locator",
                    "version",
                    "created_at",
                    "updated_at"),
            "join program p on p.id = {r}.program_id left join program_component c on c.id = {r}.component_id",
            "concat_ws(' ', p.code || coalesce('/' || c.code, ''), u.code, {r}.fiscal_year, {r}.source,"
                    + " {r}.capital_type, {r}.measure, nullif({r}.implementing_body, ''))",
            "jsonb_build_object('id', {r}.id, 'programId', {r}.program_id, 'componentId', {r}.component_id,"
                    + " 'unitId', {r}.unit_id, 'fiscalYear', {r}.fiscal_year, 'source', {r}.source,"
                    + " 'capitalType', {r}.capital_type, 'measure', {r}.measure,"
                    + " 'implementingBody', {r}.implementing_body, 'implementingBodyKey', {r}.implementing_body_key,"
                    + " 'originYear', {r}.origin_year, 'amountVnd', {r}.amount_vnd, 'reference', {r}.reference,"
                    + " 'note', {r}.note, 'reportId', {r}.report_id, 'locator', {r}.locator, 'version', {r}.version,"
                    + " 'createdAt', " + HistoryTable.isoTimestamp("{r}.created_at")
                    + ", 'updatedAt', " + HistoryTable.isoTimestamp("{r}.updated_at") + ")");

    /** The key without its report (the natural key index's leading columns, V095): the lines competing for one place. */
    private static final List<String> RIVAL_KEY = List.of(
            "program_id",
            "coalesce(%s.component_id, 0)",
            "unit_id",
            "coalesce(%s.fiscal_year, 0)",
            "source",
            "capital_type",
            "measure",
            "coalesce(%s.implementing_body_key, '')",
            "coalesce(%s.origin_year, 0)");

    static final BulkTable TABLE = new BulkTable(
            "funding_line",
            """
            program_id bigint not null, component_id bigint, unit_id bigint not null, fiscal_year smallint,
            source text not null, capital_type text not null, measure text not null, implementing_body text,
            implementing_body_key text, origin_year smallint, amount_vnd bigint not null, reference text, note text,
            report_id bigint, locator text""",
            Stream.concat(RIVAL_KEY.stream(), Stream.of("coalesce(%s.report_id, 0)"))
                    .toList(),
            List.of("amount_vnd", "reference", "note", "locator"),
            "(t.amount_vnd, t.reference, t.note, t.locator)"
                    + " is distinct from (s.amount_vnd, s.reference, s.note, s.locator)",
            "amount_vnd = s.amount_vnd, reference = s.reference, note = s.note, locator = s.locator",
            "province_id, program_id, component_id, unit_id, fiscal_year, source, capital_type, measure,"
                    + " implementing_body, implementing_body_key, origin_year, amount_vnd, reference, note, report_id,"
                    + " locator",
            "report_id",
            HISTORY,
            RIVAL_KEY);
}
