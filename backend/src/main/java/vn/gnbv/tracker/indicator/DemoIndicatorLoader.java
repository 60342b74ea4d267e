package vn.gnbv.tracker.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.DemoFiles;
import vn.gnbv.tracker.common.SeedConfig;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueInput;

/**
 * Loads the indicator values transcribed from the seed reports (classpath {@code demo/indicator-values-*.json}) when
 * {@code gnbv.seed.demo=true}. Each value goes through {@link IndicatorValueService#upsert}: the API's checks, keyed
 * by (indicator, unit, period, kind, category), so loading again changes nothing. One transaction per file: a file
 * with a bad value is refused whole, says which value and field, and the start goes on.
 */
@ApplicationScoped
public class DemoIndicatorLoader {
    private static final Logger LOG = Logger.getLogger(DemoIndicatorLoader.class);
    private static final String PREFIX = "indicator-values-";

    /** A demo file: the seed report the figures come from, its title, and the values as the API takes them. */
    public record DemoFile(String seed, String title, List<ValueInput> values) {}

    /** What loading one file did; {@code error} is null when it loaded. */
    public record FileResult(
            String resource, String seed, int values, int created, int updated, int unchanged, String error) {}

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    IndicatorValueService service;

    @Inject
    SeedConfig seed;

    // After the reference data loader (default priority), which creates the units the values refer to.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent ev) {
        if (seed.demo()) {
            loadAll();
        }
    }

    /** Loads every {@code demo/indicator-values-*.json} on the classpath, in file-name order. */
    public List<FileResult> loadAll() {
        List<FileResult> results = new ArrayList<>();
        for (String name : demoFiles()) {
            FileResult r = loadResource(DemoFiles.DIR + "/" + name);
            if (r.error() == null) {
                LOG.infof(
                        "Demo indicator values %s: %d values (%d created, %d updated, %d unchanged)",
                        r.resource(), r.values(), r.created(), r.updated(), r.unchanged());
            } else {
                LOG.errorf("Demo indicator values %s were not loaded: %s", r.resource(), r.error());
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
        List<ValueInput> values = file.values() == null ? List.of() : file.values();
        int[] counts;
        try {
            counts = DemoFiles.writeAll(
                    values,
                    IndicatorValueService.Outcome.values().length,
                    (row, i) -> upsert(row, i).ordinal());
        } catch (DemoFiles.RowFailed e) {
            return new FileResult(resource, file.seed(), values.size(), 0, 0, 0, e.getMessage());
        }
        return new FileResult(resource, file.seed(), values.size(), counts[0], counts[1], counts[2], null);
    }

    private IndicatorValueService.Outcome upsert(ValueInput in, int index) {
        String where = "value " + index + " ("
                + (in == null
                        ? "null"
                        : in.indicator() + " " + in.unit() + " " + in.period() + " " + in.kind()
                                + (in.category() == null ? "" : " " + in.category()))
                + "): ";
        if (in == null) {
            throw new DemoFiles.RowFailed(where + "VALIDATION_FAILED");
        }
        // The API validates the body's annotations before the service runs; a file gets the same.
        Set<ConstraintViolation<ValueInput>> violations = validator.validate(in);
        if (!violations.isEmpty()) {
            throw new DemoFiles.RowFailed(where + "VALIDATION_FAILED; "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        try {
            return service.upsert(in);
        } catch (ApiException e) {
            StringBuilder msg =
                    new StringBuilder(where).append(e.code()).append(' ').append(e.getMessage());
            e.errors()
                    .forEach(v -> msg.append("; ").append(v.field()).append(' ').append(v.code()));
            throw new DemoFiles.RowFailed(msg.toString());
        }
    }

    static TreeSet<String> demoFiles() {
        return DemoFiles.list(PREFIX);
    }
}
