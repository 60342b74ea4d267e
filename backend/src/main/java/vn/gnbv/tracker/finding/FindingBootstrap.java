package vn.gnbv.tracker.finding;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ReadOnly;

/**
 * Figures stored before their dataset's checks existed have no findings yet: at startup, before the demo data loads,
 * each dataset not yet marked in finding_computed is checked in every province once. A dataset is marked in the
 * same transaction, so two instances starting together compute it at most twice, never leave it half done.
 */
@ApplicationScoped
public class FindingBootstrap {
    private static final Logger LOG = Logger.getLogger(FindingBootstrap.class);

    @Inject
    @Any
    Instance<FindingCheck> checks;

    @Inject
    FindingRefresh refresh;

    @Inject
    DataSource ds;

    @Inject
    ReadOnly readOnly;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) StartupEvent ev) throws SQLException {
        if (readOnly.on()) {
            return;
        }
        for (FindingCheck ch : checks) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "insert into finding_computed (dataset) values (?) on conflict do nothing")) {
                ps.setString(1, ch.dataset());
                if (ps.executeUpdate() == 0) {
                    continue;
                }
            }
            LOG.infof("Checking every stored %s for findings (first start with its checks)", ch.dataset());
            refresh.everywhere(ch.dataset(), ch.rules());
        }
    }
}
