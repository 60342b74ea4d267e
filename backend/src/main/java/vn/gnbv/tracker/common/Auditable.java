package vn.gnbv.tracker.common;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity whose creates, updates and deletes go into the audit trail, and what the trail shows of it; its state is
 * its persistent fields. The audit feature's listener is registered for every entity (META-INF/orm.xml) and records
 * the ones implementing this. The contract sits in {@code common}, not in {@code audit}, because geo's units and
 * successions are audited too and geo lies below audit in the package map.
 */
public interface Auditable {
    /** openapi.yaml AuditEvent.resourceType, e.g. FUNDING_LINE. */
    String auditType();

    /** The resource's id as the API names it. */
    String auditId();

    /** A key people read: codes, not ids; codes of referenced rows come from {@code codes}. */
    String auditKey(Codes codes);

    /** The administrative unit the event belongs to, which decides who may read it; null for national data. */
    Long auditUnitId();

    /** The unit's path as this entity knows it: the event's path when the unit's row is gone (a deleted unit). */
    default String auditUnitPath() {
        return null;
    }

    /** Codes of referenced rows as the writing transaction sees them. */
    interface Codes {
        /** The {@code code} of row {@code id} of {@code table}; {@code #id} when it no longer exists, null for null. */
        String of(String table, Long id);
    }

    /** The parts that are not blank, separated by spaces. */
    static String join(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p != null && !p.toString().isBlank()) {
                out.add(p.toString());
            }
        }
        return String.join(" ", out);
    }
}
