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
import vn.gnbv.tracker.common.Auditable;

/**
 * Records every create, update and delete of an {@link Auditable} entity as an audit row, in the same transaction as
 * the write. META-INF/orm.xml registers it as the default listener of every entity; entities that are not
 * {@link Auditable} pass through untouched, so no entity names this class.
 *
 * <p>The JPA spec forbids touching the EntityManager in a callback, so {@link AuditWriter} writes with plain JDBC on
 * the transaction's own connection: Agroal hands every caller inside one JTA transaction the same enlisted connection
 * Hibernate writes with, so the audit row commits or rolls back with the change it describes.
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
        TxState tx = entity instanceof Auditable ? tx(false) : null;
        if (tx != null) {
            tx.known.put(entity, EntityState.values(entity));
        }
    }

    @PostPersist
    void persisted(Object entity) {
        if (!(entity instanceof Auditable a)) {
            return;
        }
        TxState tx = tx(true);
        Map<String, Object> after = EntityState.values(entity);
        AuditWriter.entity(tx, a, "CREATE", null, after);
        tx.known.put(entity, after);
    }

    @PostUpdate
    void updated(Object entity) {
        if (!(entity instanceof Auditable a)) {
            return;
        }
        TxState tx = tx(true);
        Map<String, Object> after = EntityState.values(entity);
        AuditWriter.entity(tx, a, "UPDATE", tx.known.get(entity), after);
        tx.known.put(entity, after);
    }

    @PostRemove
    void removed(Object entity) {
        if (!(entity instanceof Auditable a)) {
            return;
        }
        TxState tx = tx(true);
        Map<String, Object> before = tx.known.remove(entity);
        AuditWriter.entity(tx, a, "DELETE", before != null ? before : EntityState.values(entity), null);
    }

    /**
     * This transaction's state; null outside a transaction when {@code required} is false (a read needs no
     * snapshot). A write outside a transaction cannot be audited atomically, so it is refused.
     */
    static TxState tx(boolean required) {
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
