package vn.gnbv.tracker.funding;

import java.util.List;
import vn.gnbv.tracker.ingest.BulkTable;

/**
 * funding_line as bulk loads take it (the upload engine builds its statements from this): the staging columns in the
 * order {@link FundingLineDataset} writes them, the natural key (with the report: V071) as the unique index
 * funding_line_natural_key has it,
 * what an upload replaces on an existing key, the report column mode=replace works on, and the audit trail's view of
 * a replaced or deleted row — the same fields the single-write audit shows.
 */
final class FundingLineBulk {
    private FundingLineBulk() {}

    private static final String TS_UPDATED = BulkTable.isoTimestamp("j.updated_at");

    static final BulkTable TABLE = new BulkTable(
            "funding_line",
            """
            program_id bigint not null, component_id bigint, unit_id bigint not null, fiscal_year smallint,
            source text not null, capital_type text not null, measure text not null, implementing_body text,
            implementing_body_key text, origin_year smallint, amount_vnd bigint not null, reference text, note text,
            report_id bigint, locator text""",
            List.of(
                    "program_id",
                    "coalesce(%s.component_id, 0)",
                    "unit_id",
                    "coalesce(%s.fiscal_year, 0)",
                    "source",
                    "capital_type",
                    "measure",
                    "coalesce(%s.implementing_body_key, '')",
                    "coalesce(%s.origin_year, 0)",
                    "coalesce(%s.report_id, 0)"),
            List.of("amount_vnd", "reference", "note", "locator"),
            "(t.amount_vnd, t.reference, t.note, t.locator)"
                    + " is distinct from (s.amount_vnd, s.reference, s.note, s.locator)",
            "amount_vnd = s.amount_vnd, reference = s.reference, note = s.note, locator = s.locator",
            "program_id, component_id, unit_id, fiscal_year, source, capital_type, measure, implementing_body,"
                    + " implementing_body_key, origin_year, amount_vnd, reference, note, report_id, locator",
            "report_id",
            new BulkTable.History(
                    "FUNDING_LINE",
                    "join program p on p.id = j.program_id left join program_component c on c.id = j.component_id",
                    "concat_ws(' ', p.code || coalesce('/' || c.code, ''), u.code, j.fiscal_year, j.source,"
                            + " j.capital_type, j.measure, nullif(j.implementing_body, ''))",
                    "jsonb_build_object('id', j.id, 'programId', j.program_id, 'componentId', j.component_id,"
                            + " 'unitId', j.unit_id, 'fiscalYear', j.fiscal_year, 'source', j.source,"
                            + " 'capitalType', j.capital_type, 'measure', j.measure,"
                            + " 'implementingBody', j.implementing_body, 'implementingBodyKey', j.implementing_body_key,"
                            + " 'originYear', j.origin_year, 'amountVnd', j.amount_vnd, 'reference', j.reference,"
                            + " 'note', j.note, 'reportId', j.report_id, 'locator', j.locator, 'version', j.version,"
                            + " 'createdAt', " + BulkTable.isoTimestamp("j.created_at")
                            + ", 'updatedAt', " + TS_UPDATED + ")",
                    "jsonb_build_object('amountVnd', j.o_amount_vnd, 'reference', j.o_reference, 'note', j.o_note,"
                            + " 'locator', j.o_locator,"
                            + " 'version', j.o_version, 'updatedAt', " + BulkTable.isoTimestamp("j.o_updated_at")
                            + ")"));
}
