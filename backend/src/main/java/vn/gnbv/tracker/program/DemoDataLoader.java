package vn.gnbv.tracker.program;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.SeedConfig;

/**
 * Loads the local projects the seed reports describe ({@code demo/local-projects.json}) when
 * {@code gnbv.seed.demo=true}. Rows go through {@link LocalProjectService} so they pass the API's checks; a row whose
 * (component, unit, name) is already stored is skipped, so restarts load nothing twice. All or nothing: one bad row
 * stops the load and the start.
 */
@ApplicationScoped
public class DemoDataLoader {
    static final String RESOURCE = "demo/local-projects.json";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    LocalProjectService projects;

    @Inject
    ObjectMapper mapper;

    @Inject
    SeedConfig seed;

    // After the reference loader (default observer priority): the demo rows name administrative units.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent ev) {
        if (seed.demo()) {
            load();
        }
    }

    /** Loads the missing rows in one transaction; returns how many were added. */
    public int load() {
        List<LocalProjectDto.Input> rows = read();
        int added = QuarkusTransaction.requiringNew().call(() -> {
            int n = 0;
            for (int i = 0; i < rows.size(); i++) {
                LocalProjectDto.Input in = rows.get(i);
                try {
                    if (!projects.exists(in)) {
                        projects.load(in);
                        n++;
                    }
                } catch (ApiException e) {
                    throw new IllegalStateException(
                            RESOURCE + " row " + (i + 1) + " (" + in.name() + "): " + e.getMessage() + " " + e.errors(),
                            e);
                }
            }
            return n;
        });
        LOG.infof("Demo local projects: %d added, %d already present", added, rows.size() - added);
        return added;
    }

    List<LocalProjectDto.Input> read() {
        try (InputStream is = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (is == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return mapper.readValue(is, new TypeReference<List<LocalProjectDto.Input>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not valid", e);
        }
    }
}
