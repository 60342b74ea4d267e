package vn.gnbv.tracker.common;

/**
 * A table logging the changes of one kind of figure, one row per changed row with its transaction's {@code
 * change_xid xid8} (V083). Features describe theirs so {@link ReadMemo} can watch them without naming a feature.
 */
public interface ChangeLog {
    /** What a memoised read model names as its dependency, e.g. "funding". */
    String topic();

    /** The log table; it has a {@code change_xid} column with an index leading on it. */
    String table();
}
