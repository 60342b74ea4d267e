package vn.gnbv.tracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a keyset-paginated list: {@code next} is an opaque cursor, null on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {}
