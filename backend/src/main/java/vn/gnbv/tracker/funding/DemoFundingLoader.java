package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.DemoFiles;
import vn.gnbv.tracker.common.SeedConfig;

/**
 * Loads the demo funding data (classpath {@code demo/funding-*.json}) when {@code gnbv.seed.demo=true}. Each line
 * goes through {@link FundingLineService#upsert}, the same rules as the API. One transaction per file: a file with
 * a bad line is not loaded at all (and says which line), never half-loaded. Loading again changes nothing.
 */
@ApplicationScoped
public class DemoFundingLoader {
    private static final Logger LOG = Logger.getLogger(DemoFundingLoader.class);

    /** A demo file: where the figures come from, and the lines. */
    public record DemoFile(String seed, String title, List<FundingLineInput> lines) {}

    /** What loading one file did; {@code error} is null when it loaded. */
    public record FileResult(
            String resource, String seed, int lines, int created, int updated, int unchanged, String error) {}

    @Inject
    ObjectMapper mapper;

    @Inject
    FundingLineService service;

    @Inject
    SeedConfig seed;

    // After the reference data loader (default priority), which creates the units the lines refer to.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent ev) {
        if (seed.demo()) {
            loadAll();
        }
    }

    /** Loads every {@code demo/funding-*.json} on the classpath, in file-name order. */
    public List<FileResult> loadAll() {
        List<FileResult> results = new ArrayList<>();
        for (String name : demoFiles()) {
            FileResult r = loadResource(DemoFiles.DIR + "/" + name);
            if (r.error() == null) {
                LOG.infof(
                        "Demo funding %s: %d lines (%d created, %d updated, %d unchanged)",
                        r.resource(), r.lines(), r.created(), r.updated(), r.unchanged());
            } else {
                LOG.errorf("Demo funding %s was not loaded: %s", r.resource(), r.error());
            }
            results.add(r);
        }
        return results;
    }

    /** Loads one classpath resource in its own transaction. */
    public FileResult loadResource(String resource) {
        DemoFile file;
        try {
            file = DemoFiles.read(mapper, resource, DemoFile.class);
        } catch (IOException e) {
            return new FileResult(resource, null, 0, 0, 0, 0, "unreadable: " + e.getMessage());
        }
        if (file == null) {
            return new FileResult(resource, null, 0, 0, 0, 0, "no such resource");
        }
        List<FundingLineInput> lines = file.lines() == null ? List.of() : file.lines();
        int[] counts;
        try {
            counts = DemoFiles.writeAll(
                    lines,
                    FundingLineService.Outcome.values().length,
                    (row, i) -> upsert(row, i).ordinal());
        } catch (DemoFiles.RowFailed e) {
            return new FileResult(resource, file.seed(), lines.size(), 0, 0, 0, e.getMessage());
        }
        return new FileResult(resource, file.seed(), lines.size(), counts[0], counts[1], counts[2], null);
    }

    private FundingLineService.Outcome upsert(FundingLineInput line, int index) {
        try {
            return service.upsert(line).outcome();
        } catch (ApiException e) {
            StringBuilder msg = new StringBuilder("line ")
                    .append(index)
                    .append(": ")
                    .append(e.code())
                    .append(' ')
                    .append(e.getMessage());
            e.errors()
                    .forEach(v -> msg.append("; ").append(v.field()).append(' ').append(v.code()));
            throw new DemoFiles.RowFailed(msg.toString());
        }
    }

    static TreeSet<String> demoFiles() {
        return DemoFiles.list("funding-");
    }
}
