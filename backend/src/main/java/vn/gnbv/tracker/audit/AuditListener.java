package vn.gnbv.tracker.audit;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import vn.gnbv.tracker.geo.AdminUnit;

/**
 * Records every create, update and delete of an annotated entity as an audit row, in the same transaction as the
 * write. The JPA spec forbids touching the EntityManager in a callback, so {@link AuditWriter} writes with plain
 * JDBC on the transaction's own connection: Agroal hands every caller inside one JTA transaction the same enlisted
 * connection Hibernate writes with, so the audit row commits or rolls back with the change it describes.
 *
 * <p>The before-state of an update or delete is the snapshot taken when the entity was loaded (or last written)
 * in this transaction, kept per transaction in the {@link TransactionSynchronizationRegistry}.
 */
public class AuditListener {
    private static final Object KEY = new Object();

    /** What one transaction remembers: the last known persistent state of each entity it has seen. */
    static final class TxState {
        final Map<Object, Map<String, Object>> known = new IdentityHashMap<>();
        /** Outside an HTTP request (startup loaders) one generated id groups the transaction's events. */
        final String requestId = UUID.randomUUID().toString();
    }

    @PostLoad
    void loaded(Object entity) {
        TxState tx = tx(false);
        if (tx != null) {
            tx.known.put(entity, EntityState.values(entity));
        }
    }

    @PostPersist
    void persisted(Object entity) {
        TxState tx = tx(true);
        Map<String, Object> after = EntityState.values(entity);
        AuditWriter.write(tx, entity, "CREATE", null, after, null);
        tx.known.put(entity, after);
    }

    @PostUpdate
    void updated(Object entity) {
        TxState tx = tx(true);
        Map<String, Object> after = EntityState.values(entity);
        AuditWriter.write(tx, entity, "UPDATE", tx.known.get(entity), after, null);
        tx.known.put(entity, after);
    }

    @PostRemove
    void removed(Object entity) {
        TxState tx = tx(true);
        Map<String, Object> before = tx.known.remove(entity);
        // A deleted unit's row is gone by now; the path it had is what scoped readers need.
        String path = entity instanceof AdminUnit u ? u.path : null;
        AuditWriter.write(tx, entity, "DELETE", before != null ? before : EntityState.values(entity), null, path);
    }

    /**
     * This transaction's state; null outside a transaction when {@code required} is false (a read needs no
     * snapshot). A write outside a transaction cannot be audited atomically, so it is refused.
     */
    private static TxState tx(boolean required) {
        TransactionSynchronizationRegistry tsr = Arc.container()
                .instance(TransactionSynchronizationRegistry.class)
                .get();
        if (tsr.getTransactionKey() == null) {
            if (required) {
                throw new IllegalStateException("An audited write needs a transaction");
            }
            return null;
        }
        TxState s = (TxState) tsr.getResource(KEY);
        if (s == null) {
            s = new TxState();
            tsr.putResource(KEY, s);
        }
        return s;
    }
}
