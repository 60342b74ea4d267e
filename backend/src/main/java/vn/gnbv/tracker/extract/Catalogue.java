package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.Optional;

/**
 * What the extractor resolves names against, from the database in the product (program, geo and indicator features)
 * and from a fixed list in unit tests: a phase's components, the units below the report's unit by name as of its
 * date, the indicator codes.
 */
public interface Catalogue {
    /** A component of a phase: its code, PROJECT or SUB_PROJECT, its number within its parent, its Vietnamese name. */
    record Component(String code, String kind, int number, String parentCode, String nameVi) {}

    /** A program phase and the years it covers. */
    record Program(String code, int startYear, int endYear) {}

    List<Program> programs();

    List<Component> components(String program);

    /** The code of the unit so named (a commune or ward, diacritics ignored) below the report's unit, if exactly one. */
    Optional<String> unitNamed(String name);

    boolean indicatorExists(String code);

    /** The code of the province the report's unit lies in, when the unit is below one. */
    default Optional<String> province() {
        return Optional.empty();
    }
}
