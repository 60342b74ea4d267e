package vn.gnbv.tracker.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as strings and are parsed here, so a malformed value is a 400 naming the parameter rather
 * than the framework's silent 404.
 */
public final class Params {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private Params() {}

    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        Integer v = intOrNull("limit", raw);
        if (v < 1 || v > MAX_LIMIT) {
            throw ApiException.badParam(
                    "limit", ViolationCode.OUT_OF_RANGE, "limit must be between 1 and " + MAX_LIMIT);
        }
        return v;
    }

    public static Integer intOrNull(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, ViolationCode.NOT_AN_INTEGER, name + " must be an integer");
        }
    }

    public static Long longOrNull(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, ViolationCode.NOT_AN_INTEGER, name + " must be an integer");
        }
    }

    public static LocalDate dateOrNull(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badParam(name, ViolationCode.NOT_A_DATE, name + " must be a date (YYYY-MM-DD)");
        }
    }

    public static Boolean boolOrNull(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParam(name, ViolationCode.NOT_A_BOOLEAN, name + " must be true or false");
        };
    }

    /** Parses an enum code; unknown codes are a 400 naming the parameter and listing nothing internal. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParam(name, ViolationCode.UNKNOWN_CODE, name + " has an unknown code: " + raw);
        }
    }
}
