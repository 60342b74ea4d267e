package vn.gnbv.tracker.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@code program} table. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepository<Program> {
    public Optional<Program> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The program as other features see it, without loading the entity. */
    public Optional<ProgramLookup.ProgramRef> refByCode(String code) {
        return find("code", code).project(ProgramLookup.ProgramRef.class).firstResultOptional();
    }

    /** Programs running in {@code year} (any when null), by start year and id, after the keyset {@code after}. */
    public List<Program> page(Integer year, Cursor after, int max) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (year != null) {
            q.append(" and startYear <= :year and endYear >= :year");
            params.and("year", year);
        }
        if (after != null) {
            q.append(" and (startYear > :afterYear or (startYear = :afterYear and id > :afterId))");
            params.and("afterYear", after.startYear()).and("afterId", after.id());
        }
        return find(q + " order by startYear, id", params).range(0, max - 1).list();
    }

    /** Where a page ended: the last program's start year and id. */
    public record Cursor(int startYear, long id) {}
}
