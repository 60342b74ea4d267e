package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;

/** Resolves program and component codes for other features (funding, bulk upload, reports). */
@ApplicationScoped
public class ProgramLookup {
    public record ProgramRef(long id, String code, int startYear, int endYear) {}

    public record ComponentRef(long id, long programId, String code, String kind, String nameVi, Long parentId) {}

    @Inject
    EntityManager em;

    /** The program with this code, or 422 naming {@code field}. */
    public ProgramRef requireProgram(String field, String code) {
        List<?> rows = em.createNativeQuery("select id, code, start_year, end_year from program where code = ?1")
                .setParameter(1, code)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.invalid(field, ViolationCode.UNKNOWN_PROGRAM, "No program has code " + code);
        }
        Object[] r = (Object[]) rows.get(0);
        return new ProgramRef(
                ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue());
    }

    /** The component with this code in the program, or 422 naming {@code field}. */
    public ComponentRef requireComponent(String field, ProgramRef program, String code) {
        List<?> rows = em.createNativeQuery("select id, program_id, code, kind, name_vi, parent_id"
                        + " from program_component where program_id = ?1 and code = ?2")
                .setParameter(1, program.id())
                .setParameter(2, code)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.invalid(
                    field, ViolationCode.UNKNOWN_COMPONENT, "Program " + program.code() + " has no component " + code);
        }
        Object[] r = (Object[]) rows.get(0);
        return new ComponentRef(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                r[5] == null ? null : ((Number) r[5]).longValue());
    }
}
