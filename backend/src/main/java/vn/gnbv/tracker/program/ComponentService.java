package vn.gnbv.tracker.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Versioning;
import vn.gnbv.tracker.common.ViolationCode;

/** A program's component tree: read whole, changed one node at a time under {@link ComponentRules}. */
@ApplicationScoped
public class ComponentService {
    private static final Comparator<ProgramComponent> SIBLINGS = Comparator.comparingInt(ProgramComponent::getSortOrder)
            .thenComparing(ProgramComponent::getCode)
            .thenComparing(ProgramComponent::getId);

    @Inject
    ComponentRepository components;

    @Inject
    ProgramService programs;

    @Inject
    Event<ComponentMoved> movedEvents;

    /** Depth-first, siblings by sortOrder: the order the documents list them in. */
    public ComponentDto.Tree tree(long programId) {
        Program program = programs.find(programId);
        List<ProgramComponent> all = components.ofProgram(programId);
        Map<Long, ProgramComponent> byId = new HashMap<>();
        Map<Long, List<ProgramComponent>> children = new HashMap<>();
        for (ProgramComponent c : all) {
            byId.put(c.getId(), c);
            children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
        }
        List<ComponentDto.View> out = new ArrayList<>(all.size());
        walk(null, 0, children, byId, program.getCode(), out);
        return new ComponentDto.Tree(out);
    }

    private static void walk(
            Long parentId,
            int depth,
            Map<Long, List<ProgramComponent>> children,
            Map<Long, ProgramComponent> byId,
            String programCode,
            List<ComponentDto.View> out) {
        List<ProgramComponent> level = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        level.sort(SIBLINGS);
        for (ProgramComponent c : level) {
            out.add(ComponentDto.View.of(c, programCode, parentId == null ? null : byId.get(parentId), depth));
            walk(c.getId(), depth + 1, children, byId, programCode, out);
        }
    }

    public ComponentDto.View get(long id) {
        return view(find(id));
    }

    @Transactional
    public ComponentDto.View create(long programId, @Valid ComponentDto.Input body) {
        programs.find(programId);
        ComponentDto.Input in = Writes.requireBody(body).cleaned();
        ComponentRules.check(programId, null, in, parentOf(in));
        checkUnique(programId, in.code(), null);
        ProgramComponent c = new ProgramComponent(programId);
        c.apply(in);
        components.persist(c);
        Writes.flush(components, duplicate(in.code()), null);
        return view(c);
    }

    @Transactional
    public ComponentDto.View update(long id, String ifMatch, @Valid ComponentDto.Input body) {
        ProgramComponent c = find(id);
        Versioning.check(ifMatch, c.getVersion());
        ComponentDto.Input in = Writes.requireBody(body).cleaned();
        ComponentRules.check(c.getProgramId(), id, in, parentOf(in));
        boolean reshaped = !in.code().equals(c.getCode())
                || in.kind() != c.getKind()
                || !Objects.equals(in.parentId(), c.getParentId());
        if (reshaped && components.hasChildren(id)) {
            throw ApiException.invalid(
                    "code",
                    ViolationCode.HAS_CHILDREN,
                    "A component with children keeps its code, kind and parent; only names and sortOrder change");
        }
        checkUnique(c.getProgramId(), in.code(), id);
        boolean moved = !Objects.equals(in.parentId(), c.getParentId());
        c.apply(in);
        Writes.flush(components, duplicate(in.code()), null);
        if (moved) {
            movedEvents.fire(new ComponentMoved(id));
        }
        return view(c);
    }

    /** Children, funding lines and local projects refer to their component (foreign keys): while any do, it stays. */
    @Transactional
    public void delete(long id, String ifMatch) {
        ProgramComponent c = find(id);
        Versioning.check(ifMatch, c.getVersion());
        components.delete(c);
        Writes.flush(
                components, null, "Component " + c.getCode() + " still has children, funding lines or local projects");
    }

    ProgramComponent find(long id) {
        return components.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Component", id));
    }

    private ComponentDto.View view(ProgramComponent c) {
        ProgramComponent parent = c.getParentId() == null ? null : components.findById(c.getParentId());
        String programCode = programs.find(c.getProgramId()).getCode();
        return ComponentDto.View.of(c, programCode, parent, ComponentRules.depth(c.getKind(), parent));
    }

    private ProgramComponent parentOf(ComponentDto.Input in) {
        return in.parentId() == null ? null : components.findById(in.parentId());
    }

    private void checkUnique(long programId, String code, Long selfId) {
        components
                .byCode(programId, code)
                .filter(c -> !c.getId().equals(selfId))
                .ifPresent(c -> {
                    throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, duplicate(code));
                });
    }

    private static String duplicate(String code) {
        return "The program already has a component with code " + code;
    }
}
