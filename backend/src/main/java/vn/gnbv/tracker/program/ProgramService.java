package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;

/** Program phases: CRUD with a unique code and a year range; several programs may share a period. */
@ApplicationScoped
public class ProgramService {
    @Inject
    EntityManager em;

    public Page<ProgramDto.View> list(Integer year, int limit, String cursor) {
        StringBuilder jpql = new StringBuilder("from Program p where 1 = 1");
        if (year != null) {
            jpql.append(" and p.startYear <= :year and p.endYear >= :year");
        }
        int afterYear = 0;
        long afterId = 0;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = Cursor.decode(cursor, 2);
            try {
                afterYear = Integer.parseInt(keys.get(0));
                afterId = Long.parseLong(keys.get(1));
            } catch (NumberFormatException e) {
                throw ApiException.badParam(
                        "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
            }
            jpql.append(" and (p.startYear > :afterYear or (p.startYear = :afterYear and p.id > :afterId))");
        }
        TypedQuery<Program> q = em.createQuery(jpql + " order by p.startYear, p.id", Program.class)
                .setMaxResults(limit + 1);
        if (year != null) {
            q.setParameter("year", year);
        }
        if (cursor != null && !cursor.isBlank()) {
            q.setParameter("afterYear", afterYear).setParameter("afterId", afterId);
        }
        List<ProgramDto.View> rows =
                q.getResultList().stream().map(ProgramDto.View::of).toList();
        return Cursor.page(rows, limit, v -> Cursor.encode(v.startYear(), v.id()));
    }

    public ProgramDto.View get(long id) {
        return ProgramDto.View.of(find(id));
    }

    @Transactional
    public ProgramDto.View create(@Valid ProgramDto.Input body) {
        ProgramDto.Input in = validate(Rows.requireBody(body).cleaned(), null);
        Program p = new Program();
        p.apply(in);
        em.persist(p);
        Rows.flush(em, duplicate(in.code()));
        return ProgramDto.View.of(p);
    }

    @Transactional
    public ProgramDto.View update(long id, String ifMatch, @Valid ProgramDto.Input body) {
        Program p = find(id);
        Versioning.check(ifMatch, p.getVersion());
        ProgramDto.Input in = validate(Rows.requireBody(body).cleaned(), id);
        p.apply(in);
        Rows.flush(em, duplicate(in.code()));
        return ProgramDto.View.of(p);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Program p = find(id);
        Versioning.check(ifMatch, p.getVersion());
        if (Rows.exists(em, "select 1 from program_component where program_id = ?1", id)
                || Rows.exists(em, "select 1 from funding_line where program_id = ?1", id)) {
            throw ApiException.conflict(
                    ErrorCode.IN_USE,
                    "Program " + p.getCode() + " still has components or funding lines; delete those first");
        }
        em.remove(p);
    }

    Program find(long id) {
        Program p = em.find(Program.class, id);
        if (p == null) {
            throw ApiException.notFound("Program", id);
        }
        return p;
    }

    private ProgramDto.Input validate(ProgramDto.Input in, Long selfId) {
        if (in.endYear() < in.startYear()) {
            throw ApiException.invalid("endYear", ViolationCode.BEFORE_START, "endYear must not be before startYear");
        }
        Long clash = em.createQuery("select p.id from Program p where p.code = :code", Long.class)
                .setParameter("code", in.code())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (clash != null && !clash.equals(selfId)) {
            throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, duplicate(in.code()));
        }
        return in;
    }

    private static String duplicate(String code) {
        return "A program with code " + code + " already exists";
    }
}
