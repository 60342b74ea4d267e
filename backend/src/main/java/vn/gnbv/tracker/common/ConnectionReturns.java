package vn.gnbv.tracker.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the connections this API instance gives back to its pool (Agroal calls pool interceptors for the default
 * datasource). A connection goes back after its transaction has ended, so when the count has not moved since
 * {@link ReadMemo} last read the change logs, nothing this instance did since can have written a figure: its own
 * writes are never waited for, only other instances' (see ReadMemo's delay).
 */
@ApplicationScoped
public class ConnectionReturns implements AgroalPoolInterceptor {
    private final AtomicLong returns = new AtomicLong();

    /** The thread reading the change logs: its own connection says nothing about writes. */
    private volatile Thread ignored;

    @Override
    public void onConnectionReturn(Connection connection) {
        if (Thread.currentThread() != ignored) {
            returns.incrementAndGet();
        }
    }

    public long count() {
        return returns.get();
    }

    void ignore(Thread thread) {
        ignored = thread;
    }
}
