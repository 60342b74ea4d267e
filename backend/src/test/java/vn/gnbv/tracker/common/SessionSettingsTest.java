package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The settings every session of the API's pool starts with (application.properties, the JDBC {@code options}): a
 * statement whose client is gone ends within 10 s instead of running on with its locks (checked by hand: a killed
 * psql's pg_sleep(60) ended within 4 s at a 2 s interval, and ran on without one), and temporary tables stay in memory
 * up to 64 MB.
 */
@QuarkusTest
class SessionSettingsTest {
    @Inject
    DataSource ds;

    @Test
    void everySessionChecksItsClientAndKeepsTemporaryTablesInMemory() throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select current_setting('client_connection_check_interval'), current_setting('temp_buffers')")) {
            rs.next();
            assertEquals("10s", rs.getString(1));
            assertEquals("64MB", rs.getString(2));
        }
    }
}
