package vn.gnbv.tracker.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.NativeSql;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;

/**
 * The report table: reports as entities through Panache, and beside them the listing as the API shows it (unit,
 * program and file metadata joined in, never the file's bytes), newest first with keyset paging.
 */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {
    /** List filters, resolved; null means "not filtered". {@code scopeCondition} is SQL the caller scope built. */
    record Filter(
            String unitPath,
            Long unitId,
            Long programId,
            ReportKind kind,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            String text,
            String scopeCondition) {}

    /** Where a page ended: the last report's issue date and id. */
    record After(LocalDate issuedOn, long id) {}

    private static final String SELECT = """
      select r.id, u.id, u.code, u.name, u.level, p.code, r.number, r.issued_on, r.title, r.period, r.period_start,
             r.period_end, r.kind, r.note, r.version, r.created_at, r.updated_at,
             f.file_name, f.media_type, f.size_bytes, f.sha256, f.uploaded_at
        from report r
        join admin_unit u on u.id = r.unit_id
        left join program p on p.id = r.program_id
        left join report_file f on f.report_id = r.id
      """;

    /** Another report with this identity (the unique index report_identity), if any. */
    Optional<Report> byIdentity(long unitId, String number, LocalDate issuedOn) {
        return find("unitId = ?1 and number = ?2 and issuedOn = ?3", unitId, number, issuedOn)
                .firstResultOptional();
    }

    /** One report as the API shows it. */
    Optional<ReportDto.View> view(long id) {
        List<?> rows = getEntityManager()
                .createNativeQuery(SELECT + " where r.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(row((Object[]) rows.get(0)));
    }

    /** Up to {@code limit} reports after the keyset {@code after}, newest issue date first, then highest id. */
    List<ReportDto.View> list(Filter f, After after, int limit) {
        // The caller's scope over u.path (CallerScope.sqlCondition: literals we built, never user input).
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(f.scopeCondition());
        List<Object> args = new ArrayList<>();
        if (f.unitPath() != null) {
            sql.append(" and u.path like ?").append(NativeSql.bind(args, f.unitPath() + "%"));
        }
        if (f.unitId() != null) {
            sql.append(" and r.unit_id = ?").append(NativeSql.bind(args, f.unitId()));
        }
        if (f.programId() != null) {
            sql.append(" and r.program_id = ?").append(NativeSql.bind(args, f.programId()));
        }
        if (f.kind() != null) {
            sql.append(" and r.kind = ?").append(NativeSql.bind(args, f.kind().name()));
        }
        if (f.issuedFrom() != null) {
            sql.append(" and r.issued_on >= ?").append(NativeSql.bind(args, f.issuedFrom()));
        }
        if (f.issuedTo() != null) {
            sql.append(" and r.issued_on <= ?").append(NativeSql.bind(args, f.issuedTo()));
        }
        if (f.text() != null) {
            // Folded (case, diacritics, đ) as every search is; the text's own % and _ match themselves.
            String escaped = f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String p = "gnbv_fold(?" + NativeSql.bind(args, "%" + escaped + "%") + ") escape '\\'";
            sql.append(" and (gnbv_fold(r.number) like ")
                    .append(p)
                    .append(" or gnbv_fold(r.title) like ")
                    .append(p)
                    .append(")");
        }
        if (after != null) {
            sql.append(" and (r.issued_on, r.id) < (?")
                    .append(NativeSql.bind(args, after.issuedOn()))
                    .append(", ?")
                    .append(NativeSql.bind(args, after.id()))
                    .append(")");
        }
        sql.append(" order by r.issued_on desc, r.id desc limit ?").append(NativeSql.bind(args, limit));
        Query q = getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    private static ReportDto.View row(Object[] r) {
        ReportDto.File file = r[17] == null
                ? null
                : new ReportDto.File((String) r[17], (String) r[18], num(r[19]), (String) r[20], instant(r[21]));
        return new ReportDto.View(
                num(r[0]),
                new UnitRef(num(r[1]), (String) r[2], (String) r[3], UnitLevel.valueOf((String) r[4])),
                (String) r[5],
                (String) r[6],
                date(r[7]),
                (String) r[8],
                (String) r[9],
                date(r[10]),
                date(r[11]),
                ReportKind.valueOf((String) r[12]),
                (String) r[13],
                file,
                null,
                num(r[14]),
                instant(r[15]),
                instant(r[16]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
