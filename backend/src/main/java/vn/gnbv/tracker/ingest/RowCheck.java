package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.security.CallerScope;

/**
 * One row checked by exactly the rules an upload applies to it (its dataset's row rules, the caller's scope), without
 * staging or writing anything: a reviewer's edit of a proposed figure is refused at once, field by field, as its
 * commit would refuse it.
 */
@ApplicationScoped
public class RowCheck {
    @Inject
    DataSource ds;

    @Inject
    Datasets datasets;

    @Inject
    CallerScope scope;

    /**
     * The violations of one row, a JSON object with the upload's field names ({@code json}), for an upload of
     * {@code dataset} stated in {@code report}; empty when an upload would take it. Fields are named as in JSON.
     */
    public List<Violation> check(String dataset, long report, byte[] json) {
        Dataset d = datasets.byPath(dataset).orElseThrow(() -> new IllegalArgumentException(dataset));
        byte[] array = new byte[json.length + 2];
        array[0] = '[';
        System.arraycopy(json, 0, array, 1, json.length);
        array[array.length - 1] = ']';
        RowErrors errors = new RowErrors();
        // The connection of the caller's transaction (Agroal enlists it): rules read codes as that transaction sees.
        try (Connection c = ds.getConnection();
                RowSource src = new JsonRecords(new ByteArrayInputStream(array), d)) {
            Dataset.RowRules rules = d.rules(c, new Dataset.Batch(report, scope.national() ? null : scope.prefixes()));
            UploadRow row = new UploadRow(d, src, scope.national() ? null : scope.prefixes(), errors, discard());
            for (RowSource.Row r = src.next(); r != null; r = src.next()) {
                row.moveTo(r);
                if (r.problems().isEmpty()) {
                    row.checkText();
                    rules.check(row);
                } else {
                    row.reportProblems();
                }
            }
        } catch (UploadFailure f) {
            throw new ApiException(f.code, f.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check a row", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors.first();
    }

    private static CopyText discard() {
        return new CopyText(OutputStream.nullOutputStream(), null);
    }
}
