package vn.gnbv.tracker.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@code program_component} table. */
@ApplicationScoped
public class ComponentRepository implements PanacheRepository<ProgramComponent> {
    public List<ProgramComponent> ofProgram(long programId) {
        return list("programId", programId);
    }

    public Optional<ProgramComponent> byCode(long programId, String code) {
        return find("programId = ?1 and code = ?2", programId, code).firstResultOptional();
    }

    /** Whether any program has a component with this code. */
    public boolean codeExists(String code) {
        return count("code", code) > 0;
    }

    public boolean hasChildren(long id) {
        return count("parentId", id) > 0;
    }
}
