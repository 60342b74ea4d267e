package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The server starts only when its JDBC and Vert.x clients reach one database (OneDatabase). */
@QuarkusTest
class OneDatabaseTest {
    @Inject
    DataSource ds;

    @Inject
    Pool pg;

    @Inject
    Vertx vertx;

    @Test
    void theConfiguredClientsReachTheSameDatabase() {
        assertDoesNotThrow(() -> OneDatabase.requireSame(ds, pg));
    }

    @Test
    void anotherDatabaseOfTheSameServerIsRefusedByName() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.url", String.class);
        PgConnectOptions other = PgConnectOptions.fromUri(url)
                .setDatabase("postgres")
                .setUser("gnbv")
                .setPassword("gnbv");
        PgPool elsewhere = PgPool.pool(vertx, other, new PoolOptions().setMaxSize(1));
        try {
            IllegalStateException e =
                    assertThrows(IllegalStateException.class, () -> OneDatabase.requireSame(ds, elsewhere));
            assertTrue(e.getMessage().contains("gnbv:") && e.getMessage().contains("postgres:"), e.getMessage());
        } finally {
            elsewhere.closeAndAwait();
        }
    }
}
