package vn.gnbv.tracker.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed query, path and header parameters: integers, booleans, dates, date-times, periods, codes and enums. JAX-RS
 * gives a provider the annotations of the parameter being converted, so each converter is made for one parameter
 * and its refusal names it (400 INVALID_PARAMETER, {@code errors[].field} = the parameter). The runtime wraps that
 * refusal in a 404 as Jakarta REST 3.2 requires for query and path parameters; {@link ProblemMappers} unwraps it. A
 * blank value counts as absent: the parameter's default, or null.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {
    /** How one type is parsed, and the violation code and message when it can't be. */
    private record Kind(
            ViolationCode code, Function<String, Object> parse, BiFunction<String, String, String> message) {}

    private static final Kind INTEGER =
            new Kind(ViolationCode.NOT_AN_INTEGER, Integer::valueOf, (name, raw) -> name + " must be an integer");
    private static final Kind LONG =
            new Kind(ViolationCode.NOT_AN_INTEGER, Long::valueOf, (name, raw) -> name + " must be an integer");
    private static final Kind BOOLEAN = new Kind(
            ViolationCode.NOT_A_BOOLEAN, ParamConverters::bool, (name, raw) -> name + " must be true or false");

    private static final Map<Class<?>, Kind> KINDS = Map.of(
            Integer.class,
            INTEGER,
            int.class,
            INTEGER,
            Long.class,
            LONG,
            long.class,
            LONG,
            Boolean.class,
            BOOLEAN,
            boolean.class,
            BOOLEAN,
            LocalDate.class,
            new Kind(ViolationCode.NOT_A_DATE, LocalDate::parse, (name, raw) -> name + " must be a date (YYYY-MM-DD)"),
            OffsetDateTime.class,
            new Kind(
                    ViolationCode.NOT_A_DATE_TIME,
                    OffsetDateTime::parse,
                    (name, raw) -> name + " must be a date-time with offset (e.g. 2025-07-01T00:00:00Z)"),
            Period.class,
            new Kind(
                    ViolationCode.INVALID_PERIOD,
                    raw -> Period.tryParse(raw).orElseThrow(IllegalArgumentException::new),
                    (name, raw) -> name + " '" + raw + "' is not a period; use " + Period.FORMATS),
            Code.class,
            // Any non-blank text is a code; whether it names something is for the service that looks it up.
            new Kind(ViolationCode.INVALID_PARAMETER, Code::new, (name, raw) -> name + " is not a code"));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Kind kind = rawType.isEnum() ? enumKind(rawType) : KINDS.get(rawType);
        if (name == null || kind == null) {
            return null;
        }
        return new Converter<>(name, kind, defaultValue(annotations));
    }

    private static final class Converter<T> implements ParamConverter<T> {
        private final String name;
        private final Kind kind;
        private final String fallback;

        Converter(String name, Kind kind, String fallback) {
            this.name = name;
            this.kind = kind;
            this.fallback = fallback;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String raw) {
            String value = raw == null || raw.isBlank() ? fallback : raw.strip();
            if (value == null) {
                return null;
            }
            try {
                return (T) kind.parse().apply(value);
            } catch (RuntimeException e) {
                throw ApiException.badParam(name, kind.code(), kind.message().apply(name, value));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Kind enumKind(Class<?> type) {
        return new Kind(
                ViolationCode.UNKNOWN_CODE,
                raw -> Enum.valueOf((Class) type, raw),
                (name, raw) -> name + " has an unknown code: " + raw);
    }

    private static Boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(raw);
        };
    }

    /** The name the client uses for the parameter, or null when it is not a query, path or header parameter. */
    static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static String defaultValue(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof DefaultValue d) {
                return d.value();
            }
        }
        return null;
    }
}
