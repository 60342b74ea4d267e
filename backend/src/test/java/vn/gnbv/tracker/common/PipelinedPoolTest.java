package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The Vert.x pool pipelines (PipelinedPool): statements sent together share a connection up to the configured
 * pipelining limit, where a pool that leases each connection to one statement at a time would open one per statement.
 */
@QuarkusTest
class PipelinedPoolTest {
    @Inject
    Pool pg;

    @Test
    void statementsInFlightTogetherShareConnections() {
        int limit = ConfigProvider.getConfig()
                .getValue("quarkus.datasource.reactive.postgresql.pipelining-limit", Integer.class);
        int maxSize = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
        assertTrue(limit > 1, "pipelining-limit " + limit);
        backendsOf(maxSize); // the pool's connections opened
        Set<Integer> backends = backendsOf(maxSize);
        assertTrue(
                backends.size() < maxSize,
                maxSize + " statements at once ran on " + backends.size() + " connections, pipelining " + limit);
    }

    /**
     * The backends that ran {@code n} statements sent at once, each waiting long enough for the others to be sent
     * meanwhile: without pipelining each needs a connection of its own.
     */
    private Set<Integer> backendsOf(int n) {
        List<Uni<Integer>> statements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statements.add(pg.query("select pg_backend_pid() from pg_sleep(0.3)")
                    .execute()
                    .map(rows -> rows.iterator().next())
                    .map((Row r) -> r.getInteger(0)));
        }
        List<Integer> pids = Uni.join().all(statements).andFailFast().await().indefinitely();
        assertEquals(n, pids.size());
        return new HashSet<>(pids);
    }
}
