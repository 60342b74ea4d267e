package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a memoised read is computed again: after every write that commits, and only then — at once for this
 * instance's writes, within the memo's delay for writes made elsewhere.
 */
@QuarkusTest
class ReadMemoTest {
    private static final String LOG_ROW =
            "insert into indicator_value_change (row_id, unit_id, indicator_id, deleted) values (-1, -1, -1, false)";

    @Inject
    ReadMemo memo;

    @Inject
    DataSource ds;

    private final String key = "test|" + UUID.randomUUID();
    private final AtomicInteger computed = new AtomicInteger();

    private Duration delay;

    // A long delay, so that only this instance's own writes make a read look at the change logs again.
    @BeforeEach
    void longDelay() {
        delay = memo.maxStaleness();
        memo.maxStaleness(Duration.ofMinutes(10));
    }

    @AfterEach
    void usualDelay() {
        memo.maxStaleness(delay);
    }

    private int read() {
        return memo.get(key, List.of("indicator"), computed::incrementAndGet);
    }

    @Test
    void aValueIsComputedAgainOnlyAfterAWriteCommits() throws Exception {
        assertEquals(1, read());
        assertEquals(1, read(), "nothing written: memoised");

        sql(LOG_ROW);
        assertEquals(2, read(), "a committed write: computed again");
        assertEquals(2, read());

        try (Connection open = ds.getConnection()) {
            open.setAutoCommit(false);
            try (Statement st = open.createStatement()) {
                st.execute(LOG_ROW); // not committed: nobody sees it yet
            }
            assertEquals(2, read(), "an uncommitted write changes nothing");

            // While that transaction holds the log position back, another write commits: seen once, not at every look.
            sql(LOG_ROW);
            assertEquals(3, read());
            assertEquals(3, read());
            assertEquals(3, read());

            open.commit();
        }
        assertEquals(4, read(), "the long transaction's write, once it commits");
        assertEquals(4, read());
    }

    @Test
    void aWriteInAServiceTransactionIsSeenAsSoonAsItCommits() {
        assertEquals(1, read());
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                sql(LOG_ROW); // enlisted: the connection goes back to the pool after the commit
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            assertEquals(1, read(), "not committed yet");
        });
        assertEquals(2, read(), "committed: computed again");
    }

    @Test
    void aLookInsideAWritingTransactionDoesNotTakeItsWriteForCommitted() {
        assertEquals(1, read());
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                sql(LOG_ROW);
                // Another thread's connection goes back to the pool: the next read looks at the logs again.
                CompletableFuture.runAsync(() -> {
                            try (Connection c = ds.getConnection()) {
                                c.isValid(1);
                            } catch (SQLException ex) {
                                throw new IllegalStateException(ex);
                            }
                        })
                        .join();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            assertEquals(1, read(), "its own write is not committed: the value stays");
        });
        assertEquals(2, read(), "committed: computed again");
    }

    @Test
    void aWriteMadeOutsideThisInstanceIsSeenOnceTheDelayHasPassed() throws Exception {
        memo.maxStaleness(delay);
        assertEquals(1, read());
        Config config = ConfigProvider.getConfig();
        try (Connection outside = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class));
                Statement st = outside.createStatement()) {
            st.execute(LOG_ROW); // another API instance, or psql: not through this instance's pool
        }
        Thread.sleep(memo.maxStaleness().toMillis() + 5);
        assertEquals(2, read(), "an outside write, once the delay has passed");
        assertEquals(2, read());
    }

    @Test
    void aCatalogueChangeRecomputesEveryTopic() throws Exception {
        assertEquals(1, read());
        sql("update admin_unit set name = name where code = '12'");
        assertEquals(2, read());
        assertEquals(2, read());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
