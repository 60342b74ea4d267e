package vn.gnbv.tracker.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read models that are costly to compute (a national roll-up reads every province) memoised per request, and as fresh
 * as the database within a bounded delay. A look at the change logs (one statement, an index probe per log: V083's
 * figure logs and V088's catalogue log) gives each topic that changed a new version, and an entry computed under an
 * older version of a topic it depends on is computed again.
 *
 * <p>The delay: a request looks again unless the last look began less than {@code gnbv.memo.max-staleness} (20 ms)
 * before it arrived and no connection of this instance went back to its pool since ({@link ConnectionReturns}). So
 * this instance's own writes are always in the answers of requests that start after they commit; a write by another
 * API instance, or straight into the database, within 20 ms. Looking at every request (0 ms) made each memoised
 * answer a database round trip, serialised behind one lock: half the throughput of a national roll-up (16,500
 * against 35,000 answers/s at 8 clients; docs/benchmarks.md, 2026-12-05 08:00). A write that commits while an entry is
 * being computed bumps the version that entry was stamped with, so it is not served past the next look.
 *
 * <p>The log position is a transaction-snapshot xmin, as for the pulls' sync tokens (see V083): a transaction that
 * started early and committed late is still seen.
 */
@ApplicationScoped
public class ReadMemo {
    /** Units, successions, programs, components and the indicator catalogue: every read model depends on them. */
    public static final String CATALOGUE = "catalogue";

    private record Entry(Object value, Map<String, Long> stamp) {}

    @Inject
    DataSource ds;

    @Inject
    Instance<ChangeLog> logs;

    @Inject
    MemoBodies bodies;

    @Inject
    ConnectionReturns returns;

    @ConfigProperty(name = "gnbv.memo.max-staleness", defaultValue = "20ms")
    Duration maxStaleness;

    /** What a memoised value says it weighs; other values are counted as {@link #ESTIMATE} bytes. */
    public interface Sized {
        long bytes();
    }

    /** A memoised answer of unknown size: a national roll-up's objects are of this order. */
    static final int ESTIMATE = 64 * 1024;

    /** The memo's budget in the heap (-Xmx512m in the benchmarks): answers and pages together. */
    static final long BUDGET = 96L * 1024 * 1024;

    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(BUDGET)
            .weigher((String k, Entry e) ->
                    (int) Math.min(Integer.MAX_VALUE, e.value() instanceof Sized s ? s.bytes() + k.length() : ESTIMATE))
            .expireAfterAccess(Duration.ofHours(6))
            // Evictions on the writing thread: on the common pool (Caffeine's default, one thread on two cores) they
            // lagged behind 32 clients each adding a new page, and the heap (-Xmx512m) ran out (bench, 03:17).
            .executor(Runnable::run)
            .build();

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Object pollLock = new Object();
    private String token; // guarded by pollLock
    private final Map<String, Set<Long>> seen = new HashMap<>(); // guarded by pollLock: xids >= token already counted
    private volatile long lookedAt; // System.nanoTime() as the last complete look began
    private volatile long returnsAtLook = -1; // returns.count() as the last complete look began; -1: none yet

    /**
     * The memoised value of {@code key} if nothing in {@code topics} (and the catalogue) changed since it was
     * computed, else {@code compute}'s fresh one. The key must name everything the value depends on besides the data:
     * the query and the caller's scope.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, List<String> topics, Supplier<T> compute) {
        look();
        Map<String, Long> stamp = stamp(topics);
        Entry e = entries.getIfPresent(key);
        if (e != null && e.stamp().equals(stamp)) {
            return (T) e.value();
        }
        T value = compute.get();
        bodies.remember(value);
        entries.put(key, new Entry(value, stamp));
        return value;
    }

    private Map<String, Long> stamp(List<String> topics) {
        Map<String, Long> s = new HashMap<>();
        s.put(CATALOGUE, versions.getOrDefault(CATALOGUE, 0L));
        topics.forEach(t -> s.put(t, versions.getOrDefault(t, 0L)));
        return s;
    }

    /**
     * Reads the logs, unless the last look is recent enough (see the class comment) or a look that began after this
     * request arrived has been made meanwhile.
     */
    private void look() {
        long arrived = System.nanoTime();
        if (arrived - lookedAt < maxStaleness.toNanos() && returns.count() == returnsAtLook) {
            return;
        }
        synchronized (pollLock) {
            if (returnsAtLook >= 0 && lookedAt - arrived > 0) {
                return;
            }
            long started = System.nanoTime();
            long before = returns.count();
            returns.ignore(Thread.currentThread());
            try {
                // Outside the caller's transaction, if any: its connection would show the logs its own uncommitted
                // writes, and a value computed now would be stamped as if they had committed.
                QuarkusTransaction.suspendingExisting().run(this::poll);
            } finally {
                returns.ignore(null);
            }
            lookedAt = started;
            returnsAtLook = before;
        }
    }

    /** How long a write by another instance may go unseen; tests wait this long, or lengthen it. */
    Duration maxStaleness() {
        return maxStaleness;
    }

    void maxStaleness(Duration delay) {
        maxStaleness = delay;
    }

    private void poll() {
        try (Connection c = ds.getConnection()) {
            poll(c);
        } catch (SQLException ex) {
            throw new IllegalStateException("Reading the change logs failed", ex);
        }
    }

    private void poll(Connection c) throws SQLException {
        List<String> topics = new ArrayList<>(List.of(CATALOGUE));
        List<String> tables = new ArrayList<>(List.of("catalogue_change"));
        for (ChangeLog log : logs) {
            topics.add(log.topic());
            tables.add(log.table());
        }
        StringBuilder sql = new StringBuilder("select pg_snapshot_xmin(pg_current_snapshot())::text");
        if (token != null) {
            tables.forEach(t -> sql.append(", ").append(transactionsSince(t)));
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            if (token != null) {
                for (int i = 1; i <= tables.size(); i++) {
                    ps.setString(i, token);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long next = Long.parseLong(rs.getString(1));
                if (token != null) {
                    for (int i = 0; i < topics.size(); i++) {
                        noteTransactions(
                                topics.get(i), (Long[]) rs.getArray(i + 2).getArray(), next);
                    }
                }
                token = rs.getString(1);
            }
        }
    }

    /**
     * The transactions that wrote to {@code table} since the token, one index probe each (a skip scan): few, as the
     * token follows the oldest running transaction. Listing them rather than asking "any?" matters while a long
     * transaction (an upload) holds the token back: the writes committed meanwhile are seen once, not at every look.
     */
    private static String transactionsSince(String table) {
        return "array(with recursive x(v) as (select min(change_xid) from " + table + " where change_xid >= ?::xid8"
                + " union all select (select min(change_xid) from " + table + " where change_xid > x.v) from x"
                + " where x.v is not null) select v::text::bigint from x where v is not null)";
    }

    /** Bumps {@code topic} when a transaction not seen before wrote to it; remembers those the next look sees again. */
    private void noteTransactions(String topic, Long[] xids, long nextToken) {
        Set<Long> known = seen.computeIfAbsent(topic, t -> new HashSet<>());
        boolean fresh = false;
        for (Long x : xids) {
            fresh |= !known.contains(x);
        }
        if (fresh) {
            versions.merge(topic, 1L, Long::sum);
        }
        known.clear();
        for (Long x : xids) {
            if (x >= nextToken) {
                known.add(x);
            }
        }
    }
}
