package vn.gnbv.tracker.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The rule settings table: the default row of a rule, or a program's own. */
@ApplicationScoped
public class FindingRuleRepository implements PanacheRepository<FindingRule> {
    /** The rule's row for the program (null: the default), or null. */
    FindingRule own(String rule, Long programId) {
        return (programId == null
                        ? find("rule = ?1 and programId is null", rule)
                        : find("rule = ?1 and programId = ?2", rule, programId))
                .firstResult();
    }
}
