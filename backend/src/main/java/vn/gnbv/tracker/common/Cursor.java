package vn.gnbv.tracker.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursor: the sort-key values of the last row of a page. Clients must not build or parse it; we can
 * change its inside without breaking anyone.
 */
public final class Cursor {
    private static final char SEP = '\u001f';

    private Cursor() {}

    public static String encode(Object... keys) {
        StringBuilder sb = new StringBuilder("v1");
        for (Object k : keys) {
            sb.append(SEP).append(k == null ? "" : k.toString());
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into exactly {@code arity} key strings, or answers 400 INVALID_CURSOR. */
    public static List<String> decode(String cursor, int arity) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(s.split(String.valueOf(SEP), -1)));
            if (parts.size() != arity + 1 || !"v1".equals(parts.get(0))) {
                throw new IllegalArgumentException();
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParam(
                    "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
        }
    }

    public static long decodeId(String cursor) {
        try {
            return Long.parseLong(decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw ApiException.badParam(
                    "cursor", ViolationCode.INVALID_CURSOR, "The cursor is not one this API issued");
        }
    }

    /** Turns a fetched list of limit+1 rows into a page; {@code key} gives the cursor for the last kept row. */
    public static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> key) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), key.apply(items.get(limit - 1)));
    }
}
