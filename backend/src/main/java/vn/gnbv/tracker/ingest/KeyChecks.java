package vn.gnbv.tracker.ingest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * The staged batch's keys checked set-based: keys repeated in the batch (DUPLICATE_KEY_IN_BATCH), keys that exist
 * already (KEY_EXISTS for mode=insert-only), and whether a key has rivals in other sources (then the statement
 * triggers rank `current`).
 *
 * <p>Repeated keys are usually none, and finding none costs an aggregate over the whole batch (1.4 s of a million
 * rows). When every row states one source (the batch's report) and nothing else is wrong, the check is deferred: two
 * rows of one key either name the same stored row (a repeated id in stage_old, cheap to see) or are both new, and
 * then the unique index refuses the merge, which {@link #afterUniqueViolation} turns back into the per-row errors.
 */
final class KeyChecks {
    private final MergeSql sql;
    private final RowErrors errors;
    private boolean duplicatesChecked;
    private long competing;

    KeyChecks(MergeSql sql, RowErrors errors) {
        this.sql = sql;
        this.errors = errors;
    }

    /** Whether the duplicate check waits for the merge: see the class comment. */
    static boolean deferDuplicates(UploadSpec spec, RowErrors errors) {
        return !spec.dryRun() && !errors.any() && (spec.dataset().table().rivalKey() == null || spec.source() != null);
    }

    /** Finds the repeated keys now (unless deferred), then the existing rows (stage_old) and their rivals. */
    void run(Statement st, UploadSpec spec) throws SQLException {
        boolean defer = deferDuplicates(spec, errors);
        if (!defer) {
            duplicates(st);
        }
        st.execute(sql.existingRows());
        long rivals = st.executeUpdate(MergeSql.rivals());
        st.execute("analyze stage_old");
        competing += rivals;
        if (defer && one(st, MergeSql.repeatedExisting())) {
            duplicates(st);
        }
        if (spec.insertOnly()) {
            existing(st, spec.dataset());
        }
        if (errors.any() && !duplicatesChecked) {
            // The batch is refused anyway: its report lists every kind of error.
            duplicates(st);
        }
    }

    /**
     * No key of the batch has a rival in another source, in the batch or stored (so `current` needs no ranking); only
     * meaningful for a table whose rows compete.
     */
    boolean alone() {
        return competing == 0;
    }

    /**
     * After the merge failed on a unique index (rolled back to before it): with the check deferred, the repeated
     * keys of the batch's new rows; answers whether there were any (else another write created one of the keys).
     */
    boolean afterUniqueViolation(Statement st) throws SQLException {
        if (duplicatesChecked) {
            return false;
        }
        duplicates(st);
        return errors.any();
    }

    private static boolean one(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private void duplicates(Statement st) throws SQLException {
        duplicatesChecked = true;
        long keys = st.executeUpdate(sql.duplicateKeys());
        competing += keys;
        if (keys == 0) {
            return;
        }
        st.execute("analyze stage_dup");
        try (ResultSet rs = st.executeQuery(sql.duplicates())) {
            while (rs.next()) {
                Array a = rs.getArray(1);
                Long[] rows = (Long[]) a.getArray();
                for (int i = 1; i < rows.length; i++) {
                    errors.add(
                            rows[i],
                            null,
                            ViolationCode.DUPLICATE_KEY_IN_BATCH,
                            "Row " + rows[i] + " has the same key as row " + rows[0] + " of this batch");
                }
            }
        }
    }

    private void existing(Statement st, Dataset d) throws SQLException {
        try (ResultSet rs = st.executeQuery(MergeSql.existing())) {
            while (rs.next()) {
                errors.add(
                        rs.getLong(1),
                        null,
                        ViolationCode.KEY_EXISTS,
                        d.rowName() + " with this key exists already (id " + rs.getLong(2)
                                + "); mode=insert-only does not replace it");
            }
        }
    }
}
