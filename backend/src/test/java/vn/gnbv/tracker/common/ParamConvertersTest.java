package vn.gnbv.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter converters alone: what each type accepts, and that a refusal names the parameter as sent. */
class ParamConvertersTest {
    enum Colour {
        RED,
        GREEN
    }

    /** A stand-in resource method: the converters read the parameters' annotations, as the runtime hands them. */
    @SuppressWarnings("unused")
    void endpoint(
            @QueryParam("yearFrom") Integer yearFrom,
            @PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("includeHistory") Boolean history,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("periodTo") Period periodTo,
            @HeaderParam("X-Colour") Colour colour,
            @QueryParam("unit") Code unit,
            String body) {}

    private static final Method ENDPOINT = endpointMethod();

    private static Method endpointMethod() {
        for (Method m : ParamConvertersTest.class.getDeclaredMethods()) {
            if (m.getName().equals("endpoint") && m.getParameterCount() > 0) {
                return m;
            }
        }
        throw new IllegalStateException();
    }

    private static ParamConverter<?> converter(int index) {
        return new ParamConverters()
                .getConverter(
                        ENDPOINT.getParameterTypes()[index],
                        ENDPOINT.getGenericParameterTypes()[index],
                        ENDPOINT.getParameterAnnotations()[index]);
    }

    private static void refused(int index, String raw, String field, String code) {
        ApiException e = assertThrows(ApiException.class, () -> converter(index).fromString(raw));
        assertEquals(
                List.of(400, "INVALID_PARAMETER", field, code),
                List.of(
                        e.status(),
                        e.code().name(),
                        e.errors().get(0).field(),
                        e.errors().get(0).code().name()));
    }

    @Test
    void parsesEachTypeTrimmedAndTreatsBlankAsAbsent() {
        assertEquals(2024, converter(0).fromString(" 2024 "));
        assertNull(converter(0).fromString(" "));
        assertEquals(7L, converter(1).fromString("7"));
        assertEquals(50, converter(2).fromString(""), "a blank limit is the default");
        assertEquals(true, converter(3).fromString("true"));
        assertEquals(LocalDate.of(2025, 7, 1), converter(4).fromString("2025-07-01"));
        assertEquals(OffsetDateTime.parse("2025-07-01T00:00Z"), converter(5).fromString("2025-07-01T00:00:00Z"));
        assertEquals("2024Q3", ((Period) converter(6).fromString("2024q3")).id());
        assertEquals(Colour.GREEN, converter(7).fromString("GREEN"));
        assertEquals(new Code("058"), converter(8).fromString("  058 "));
        assertNull(converter(8).fromString("  "));
    }

    @Test
    void refusesMalformedValuesNamingTheParameterAsSent() {
        refused(0, "twenty", "yearFrom", "NOT_AN_INTEGER");
        refused(1, "abc", "id", "NOT_AN_INTEGER");
        refused(1, "99999999999999999999", "id", "NOT_AN_INTEGER");
        refused(2, "1.5", "limit", "NOT_AN_INTEGER");
        refused(3, "yes", "includeHistory", "NOT_A_BOOLEAN");
        refused(4, "2025-13-01", "asOf", "NOT_A_DATE");
        refused(5, "2025-07-01", "from", "NOT_A_DATE_TIME");
        refused(6, "FY24", "periodTo", "INVALID_PERIOD");
        refused(7, "red", "X-Colour", "UNKNOWN_CODE");
    }

    @Test
    void leavesOtherParametersToTheRuntime() {
        assertNull(converter(9), "a body is not a parameter");
        assertNull(
                new ParamConverters().getConverter(String.class, String.class, ENDPOINT.getParameterAnnotations()[0]));
    }
}
