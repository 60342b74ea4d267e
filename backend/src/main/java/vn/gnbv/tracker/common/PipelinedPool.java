package vn.gnbv.tracker.common;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the API's Vert.x PostgreSQL pool (from {@code quarkus.datasource.reactive.*}, as Quarkus would) as Vert.x's
 * <em>pooled client</em>: a statement goes out on a connection that may still be answering others (pipelining, up to
 * {@code quarkus.datasource.reactive.postgresql.pipelining-limit} in flight) instead of waiting for a free one. Point
 * reads (GET by id) are all this pool serves, each one statement outside a transaction; pipelined, a backend finds the
 * next statement already waiting instead of sleeping and waking for each (wrk against the bench data, 8 connections:
 * PostgreSQL's CPU per GET 0.07 → 0.05 ms, GETs/s +10–15 %; docs/benchmarks.md). Because a connection is shared
 * between statements, this pool is not for transactions or session state ({@code getConnection}, {@code
 * withTransaction}): writes and everything else go through JDBC.
 */
@Singleton
public class PipelinedPool implements PgPoolCreator {
    @Override
    public Pool create(Input input) {
        SqlClient client = PgBuilder.client()
                .with(input.poolOptions())
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
        // Vert.x builds the pooled client as a Pool whose pipelining is switched on; Quarkus needs the Pool type.
        if (client instanceof Pool pool) {
            return pool;
        }
        client.close();
        throw new IllegalStateException("Vert.x's pooled PostgreSQL client is no longer a Pool ("
                + client.getClass().getName() + "): build the pool without pipelining");
    }
}
