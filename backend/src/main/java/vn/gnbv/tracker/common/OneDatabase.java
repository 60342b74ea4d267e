package vn.gnbv.tracker.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The API reaches PostgreSQL twice: JDBC for everything, and Vert.x's client for GET by id (PointRead), each with its
 * own URL ({@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.reactive.url}). Pointed at different
 * databases, a line just written would answer 404 by id; so the server refuses to start unless both reach the same
 * database of the same running server.
 */
@ApplicationScoped
public class OneDatabase {
    /**
     * The database's name, port and server start (as epoch seconds: the two sessions' time zones may differ): equal
     * only for one database of one running server.
     */
    static final String WHICH = "select current_database() || ':' || coalesce(inet_server_port(), 0) || ':'"
            + " || extract(epoch from pg_postmaster_start_time())::text";

    @Inject
    DataSource ds;

    @Inject
    Pool pg;

    void check(@Observes StartupEvent e) throws SQLException {
        requireSame(ds, pg);
    }

    /** Refuses two clients that reach different databases (or servers), naming what each reached. */
    static void requireSame(DataSource ds, Pool pg) throws SQLException {
        String jdbc;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(WHICH)) {
            rs.next();
            jdbc = rs.getString(1);
        }
        String reactive = pg.query(WHICH)
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString(0);
        if (!jdbc.equals(reactive)) {
            throw new IllegalStateException("quarkus.datasource.jdbc.url and quarkus.datasource.reactive.url reach"
                    + " different databases (" + jdbc + " and " + reactive + "); set both to the same one");
        }
    }
}
