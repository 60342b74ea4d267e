package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    ProgramRepository programs;

    public Page<ProgramDto.View> list(Integer year, int limit, String cursor) {
        ProgramRepository.Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = Cursor.decode(cursor, 2);
            try {
                after = new ProgramRepository.Cursor(Integer.parseInt(keys.get(0)), Long.parseLong(keys.get(1)));
            } catch (NumberFormatException e) {
                throw ApiException.badParam(
                        "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
            }
        }
        List<ProgramDto.View> rows = programs.page(year, after, limit + 1).stream()
                .map(ProgramDto.View::of)
                .toList();
        return Cursor.page(rows, limit, v -> Cursor.encode(v.startYear(), v.id()));
    }

    public ProgramDto.View get(long id) {
        return ProgramDto.View.of(find(id));
    }

    @Transactional
    public ProgramDto.View create(@Valid ProgramDto.Input body) {
        ProgramDto.Input in = validate(Writes.requireBody(body).cleaned(), null);
        Program p = new Program();
        p.apply(in);
        programs.persist(p);
        Writes.flush(programs, duplicate(in.code()), null);
        return ProgramDto.View.of(p);
    }

    @Transactional
    public ProgramDto.View update(long id, String ifMatch, @Valid ProgramDto.Input body) {
        Program p = find(id);
        Versioning.check(ifMatch, p.getVersion());
        ProgramDto.Input in = validate(Writes.requireBody(body).cleaned(), id);
        p.apply(in);
        Writes.flush(programs, duplicate(in.code()), null);
        return ProgramDto.View.of(p);
    }

    /** Components and funding lines refer to their program (foreign keys): while any do, it stays. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Program p = find(id);
        Versioning.check(ifMatch, p.getVersion());
        programs.delete(p);
        Writes.flush(
                programs,
                null,
                "Program " + p.getCode() + " still has components or funding lines; delete those first");
    }

    Program find(long id) {
        return programs.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Program", id));
    }

    private ProgramDto.Input validate(ProgramDto.Input in, Long selfId) {
        if (in.endYear() < in.startYear()) {
            throw ApiException.invalid("endYear", ViolationCode.BEFORE_START, "endYear must not be before startYear");
        }
        programs.byCode(in.code()).filter(p -> !p.getId().equals(selfId)).ifPresent(p -> {
            throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, duplicate(in.code()));
        });
        return in;
    }

    private static String duplicate(String code) {
        return "A program with code " + code + " already exists";
    }
}
