package vn.gnbv.tracker.finding;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.ingest.Dataset;

/**
 * The merge of one recomputation's candidates into {@code finding}, for the provinces and rules recomputed
 * (parameters 1 and 2) of one dataset (3, and again 4), in one statement:
 * <ul>
 *   <li>a new fingerprint is a new finding, OPEN;
 *   <li>a known one takes the new figures and numbers; a RESOLVED one reopens; an EXPLAINED or CONFIRMED one
 *       reopens when its figures changed (its digest), since the explanation was given for other figures;
 *   <li>a known, unresolved finding the checks no longer give is RESOLVED.
 * </ul>
 * Writes one row per finding opened, reopened or resolved into {@link #CHANGES}: id, rule, change, severity, relation,
 * subject, figure ids, expected, actual, the status before (null when opened). Unchanged findings are not written at
 * all. A table rather than the statement's rows: a second report restating a million figures differently changes a
 * million findings, which the server audits in SQL and lists only the first {@link Dataset.Found#LISTED} of (all of
 * them in the API's memory took more than its heap).
 */
final class FindingMerge {
    static final String CHANGES = """
        create temp table if not exists finding_change (id bigint not null, rule text not null, change text not null,
          severity text not null, relation text not null, subject text not null, figure_ids bigint[] not null,
          expected numeric, actual numeric, before text) on commit drop""";

    static final String LIST = "select id, rule, change, severity, relation, subject, figure_ids, expected, actual,"
            + " before from finding_change order by id limit " + Dataset.Found.LISTED;

    static final String SQL = """
        with cand as (
          select distinct on (fingerprint) c.*, md5(c.figures::text) as digest
            from finding_candidate c order by fingerprint),
        old as (
          select id, fingerprint, status, digest from finding
           where province_id = any(?) and rule = any(?) and dataset = ?),
        up as (
          insert into finding as f (dataset, rule, fingerprint, province_id, unit_id, program_id, indicator_id, fiscal_year,
              period, severity, subject, relation, expected, actual, difference, figures, report_ids, digest)
          select ?, rule, fingerprint, province_id, unit_id, program_id, indicator_id, fiscal_year, period, severity,
                 subject, relation, expected, actual, difference, figures, report_ids, digest
            from cand
          on conflict (fingerprint) do update set
              unit_id = excluded.unit_id, severity = excluded.severity, subject = excluded.subject,
              relation = excluded.relation, expected = excluded.expected, actual = excluded.actual,
              difference = excluded.difference, figures = excluded.figures, report_ids = excluded.report_ids,
              digest = excluded.digest,
              status = case when f.status = 'RESOLVED' or f.digest <> excluded.digest then 'OPEN' else f.status end,
              status_by = case when f.status = 'RESOLVED' or f.digest <> excluded.digest then null
                               else f.status_by end,
              status_at = case when f.status = 'RESOLVED' or f.digest <> excluded.digest then now()
                               else f.status_at end,
              updated_at = now(), version = f.version + 1
            where f.status = 'RESOLVED' or f.digest <> excluded.digest or f.severity <> excluded.severity
               or f.relation <> excluded.relation
          returning f.id, f.rule, f.fingerprint, f.severity, f.relation, f.subject, f.figures, f.digest, f.expected,
                    f.actual),
        res as (
          update finding f set status = 'RESOLVED', status_by = null, status_at = now(), updated_at = now(),
                 version = f.version + 1
            from old o
           where f.id = o.id and o.status <> 'RESOLVED'
             and not exists (select 1 from cand c where c.fingerprint = o.fingerprint)
          returning f.id, f.rule, f.severity, f.relation, f.subject, f.figures, f.expected, f.actual)
        insert into finding_change
        select up.id, up.rule, case when o.id is null then 'OPENED' else 'REOPENED' end, up.severity, up.relation,
               up.subject::text, array(select (x ->> 'id')::bigint from jsonb_array_elements(up.figures) x),
               up.expected, up.actual, o.status
          from up left join old o on o.id = up.id
         where o.id is null or o.status = 'RESOLVED' or (o.status <> 'OPEN' and o.digest <> up.digest)
        union all
        select r.id, r.rule, 'RESOLVED', r.severity, r.relation, r.subject::text,
               array(select (x ->> 'id')::bigint from jsonb_array_elements(r.figures) x), r.expected, r.actual, o.status
          from res r join old o on o.id = r.id""";

    private FindingMerge() {}

    static List<Long> ids(Array a) throws SQLException {
        List<Long> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }
}
