package vn.gnbv.tracker.common;

import java.util.List;

/** One page of a keyset-paginated list: {@code next} is an opaque cursor, null on the last page. */
public record Page<T>(List<T> items, String next) {}
