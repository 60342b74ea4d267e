package vn.gnbv.tracker.common;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from trusted fragments and its positional parameters ({@code ?1}, {@code ?2}, …). */
public final class SqlWhere {
    private final StringBuilder sql;
    private final List<Object> args;

    public SqlWhere(String first) {
        this(first, new ArrayList<>());
    }

    private SqlWhere(String first, List<Object> args) {
        this.sql = new StringBuilder(first);
        this.args = args;
    }

    /** Another clause of the same statement: its parameters are numbered after this one's. */
    public SqlWhere then(String first) {
        return new SqlWhere(first, args);
    }

    /** Binds one value here, for a {@code ?n} written outside a clause: the number it takes. */
    public int bind(Object value) {
        args.add(value);
        return args.size();
    }

    /** Appends {@code " and " + fragment}, where each {@code ?} of the fragment takes the next value. */
    public SqlWhere and(String fragment, Object... values) {
        StringBuilder f = new StringBuilder();
        int v = 0;
        for (char c : fragment.toCharArray()) {
            f.append(c);
            if (c == '?') {
                args.add(values[v++]);
                f.append(args.size());
            }
        }
        sql.append(" and ").append(f);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> args() {
        return List.copyOf(args);
    }

    /** The number the next positional parameter after these takes. */
    public int next() {
        return args.size() + 1;
    }
}
