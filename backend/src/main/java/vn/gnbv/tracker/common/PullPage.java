package vn.gnbv.tracker.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of a pull (funding lines, indicator values): the items, in a changed-since pull ({@code since}) also the rows
 * that left the answer since then, the opaque cursor of the next page (null on the last), and the page size applied
 * (a larger {@code limit} is clamped to {@link #MAX_LIMIT}). The sync token is sent as the Sync-Token header, not in the
 * body, so the body (and its ETag) stays the same while the data does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PullPage<T>(
        List<T> items,
        List<Removed> deleted,
        String next,
        int limit,
        @JsonIgnore String syncToken) {
    public static final int MAX_LIMIT = 10_000;

    /** Why a row left: DELETED, or NOT_CURRENT (another report now states its key more recently). */
    public record Removed(long id, String reason) {}

    /** The page size a pull applies: the requested one, at most {@link #MAX_LIMIT}. */
    public static int clamp(int requested) {
        return Math.min(requested, MAX_LIMIT);
    }
}
