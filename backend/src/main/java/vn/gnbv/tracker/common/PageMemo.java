package vn.gnbv.tracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * JSON pages of a pull served from memory while nothing they read has changed ({@link ReadMemo}: the change logs are
 * read before every answer, so a page is never staler than the last commit). A page of 1,000 lines costs the API
 * ~4 ms of CPU to read, write and gzip (docs/benchmarks.md, 19:50) and costs nothing more when the same page is asked
 * again — by the next system mirroring the same figures, or a client re-reading with If-None-Match. Kept gzipped
 * only (~30 KB a page), within the memo's budget; the least recently used go first.
 *
 * <p>A memoised page keeps the Sync-Token of the snapshot it was read in: no write to its figures has committed since
 * (else it would be read again), so changes since that token are exactly changes since a token taken now.
 */
@ApplicationScoped
public class PageMemo {
    /** A page as memoised: its packed body, next cursor, page size and sync token. */
    public record Page(MemoBodies.Body body, String next, int limit, String syncToken) implements ReadMemo.Sized {
        @Override
        public long bytes() {
            return body.bytes() + 256;
        }
    }

    @Inject
    ReadMemo memo;

    /**
     * The page of {@code key} (the query, its cursor and the caller's scope; the date is added, as unit codes without
     * {@code asOf} resolve at today's date), computed by {@code compute} when a figure of {@code topic} changed.
     */
    public Page get(String key, String topic, Supplier<JsonPull.Page> compute) {
        return memo.get("page|" + key + "|" + LocalDate.now(), List.of(topic), () -> {
            JsonPull.Page p = compute.get();
            return new Page(MemoBodies.packed(p.body(), p.etag()), p.next(), p.limit(), p.syncToken());
        });
    }
}
