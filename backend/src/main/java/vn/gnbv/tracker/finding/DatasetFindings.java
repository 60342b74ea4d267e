package vn.gnbv.tracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.ingest.Dataset;

/** A dataset's findings as its uploads recompute them ({@link Dataset#findings}): its checks, by its path. */
@ApplicationScoped
public class DatasetFindings {
    @Inject
    FindingEngine engine;

    @Inject
    FindingsAfterCommit after;

    public Dataset.Findings of(String dataset) {
        return new Dataset.Findings() {
            /**
             * After the commit where the dataset's checks split in two (funding, indicator values), to run on two
             * sessions; one session gains nothing after the commit (one province's 100,000 lines: 1.55 s of
             * findings after it against 1.45 s inside it), so one check stays in the transaction.
             */
            @Override
            public boolean runAfterCommit() {
                return after.sessions() > 1 && engine.checks(dataset).size() > 1;
            }

            @Override
            public Dataset.Found inTransaction(Connection c, Set<Long> provinceIds, AuditWriter.Who who)
                    throws SQLException {
                return reported(engine.refresh(c, dataset, provinceIds, who));
            }

            @Override
            public void due(Connection c, Set<Long> provinceIds) throws SQLException {
                FindingDue.mark(c, dataset, provinceIds);
            }

            @Override
            public Dataset.Found afterCommit(Connection c, Set<Long> provinceIds, AuditWriter.Who who)
                    throws SQLException {
                return reported(after.run(c, dataset, provinceIds, who));
            }
        };
    }

    /** Changes as an upload reports them. */
    private static Dataset.Found reported(FindingEngine.Changes changes) {
        List<Dataset.Finding> out = new ArrayList<>(changes.listed().size());
        for (FindingEngine.Change ch : changes.listed()) {
            out.add(new Dataset.Finding(
                    ch.findingId(), ch.rule(), ch.change(), ch.severity(), ch.message(), ch.figureIds()));
        }
        return new Dataset.Found(out, changes.count());
    }
}
