package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a batch loaded straight into its table ({@link DirectInsert}) keeps instead of a staging table: the number of
 * each row it sent, in order, and the provinces of its rows. One COPY takes its ids from the sequence one row after
 * the other, so the k-th smallest id it created is the k-th row sent: with the created ids (a multirange), a finding's
 * figure ids map back to the batch's row numbers without a query.
 */
final class DirectRows implements BatchRows {
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+),(\\d+)\\)");

    private long[] rows = new long[1 << 12];
    private int count;
    private final Set<Long> provinces = new TreeSet<>();
    private long lastProvince = -1;
    private long[] starts = new long[0];
    private long[] ends = new long[0];

    void add(long row, long province) {
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
        }
        rows[count++] = row;
        // Rows come in runs of one province: the set is touched once per run.
        if (province != lastProvince) {
            provinces.add(province);
            lastProvince = province;
        }
    }

    int count() {
        return count;
    }

    /** The provinces of the rows, ascending. */
    Set<Long> provinces() {
        return provinces;
    }

    /** The ids the COPY created, as PostgreSQL prints an int8multirange (canonical: half-open, ascending). */
    void created(String multirange) {
        Matcher m = RANGE.matcher(multirange == null ? "" : multirange);
        List<long[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        starts = found.stream().mapToLong(r -> r[0]).toArray();
        ends = found.stream().mapToLong(r -> r[1]).toArray();
    }

    /** The row that created this id, or -1 when the batch did not. */
    long rowOf(long id) {
        long before = 0;
        for (int i = 0; i < starts.length; i++) {
            if (id < starts[i]) {
                return -1;
            }
            if (id < ends[i]) {
                long k = before + id - starts[i];
                return k < count ? rows[(int) k] : -1;
            }
            before += ends[i] - starts[i];
        }
        return -1;
    }

    @Override
    public Map<Long, List<Long>> rowsOf(Connection c, Set<Long> ids) {
        Map<Long, List<Long>> out = new HashMap<>();
        for (Long id : ids) {
            long row = rowOf(id);
            if (row >= 0) {
                out.put(id, List.of(row));
            }
        }
        return out;
    }
}
