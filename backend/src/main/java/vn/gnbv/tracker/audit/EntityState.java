package vn.gnbv.tracker.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An entity's persistent fields as a JSON object (field names, so camelCase). Numbers stay exact: integers as JSON
 * integers (VND), decimals as strings; dates and enums as their ISO / code strings; instants in UTC at the
 * database's microsecond precision, so an after-state reads as what was stored. Columns the database
 * owns (insertable and updatable false, e.g. a unit's path) are left out: the entity does not know their value at
 * the moment of the write, and they are derived from what is recorded. Binary columns are left out too.
 */
final class EntityState {
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

    private EntityState() {}

    static Map<String, Object> values(Object entity) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field f : fields(entity.getClass())) {
            try {
                m.put(f.getName(), f.get(entity));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + f, e);
            }
        }
        return m;
    }

    static ObjectNode json(Map<String, Object> values) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        values.forEach((k, v) -> {
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                o.put(k, ((Number) v).longValue());
            } else if (v instanceof BigDecimal d) {
                o.put(k, d.toPlainString());
            } else if (v instanceof Boolean b) {
                o.put(k, b);
            } else if (v instanceof Instant t) {
                o.put(k, micros(t));
            } else if (v instanceof OffsetDateTime t) {
                o.put(k, micros(t.toInstant()));
            } else if (v instanceof Enum<?> e) {
                o.put(k, e.name());
            } else {
                o.put(k, v.toString());
            }
        });
        return o;
    }

    /**
     * Rounded to microseconds as the JDBC driver does when it stores the value, always with six digits: the history
     * tables' images print them so ({@link HistoryTable#isoTimestamp}), and Instant.toString would drop trailing zeros
     * (".140Z"), so one state read from both places would differ.
     */
    static String micros(Instant t) {
        return MICROS.format(t.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> out = new ArrayList<>();
            for (Field f : t.getDeclaredFields()) {
                int mod = f.getModifiers();
                Column c = f.getAnnotation(Column.class);
                boolean dbOwned = c != null && !c.insertable() && !c.updatable();
                if (Modifier.isStatic(mod)
                        || Modifier.isTransient(mod)
                        || f.isSynthetic()
                        || f.getName().startsWith("$$")
                        || f.isAnnotationPresent(Transient.class)
                        || dbOwned
                        // Bytes (a report's original document) never enter the trail: the entity's size and
                        // digest beside them say what was stored.
                        || f.getType() == byte[].class) {
                    continue;
                }
                f.setAccessible(true);
                out.add(f);
            }
            return List.copyOf(out);
        });
    }
}
