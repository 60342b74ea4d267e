package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ReadOnly;
import vn.gnbv.tracker.common.SeedConfig;

/**
 * Loads the demo data (the figures transcribed from the seed reports, {@value #MANIFEST} lists the files) when
 * {@code gnbv.seed.demo=true}. Each file is canonical CSV and goes through the upload engine as the system user: the
 * same rules as any upload, one transaction per file (a file with a bad row is refused whole and says which row),
 * a job and an UPLOAD audit event per file, and loading again changes nothing.
 */
@ApplicationScoped
public class DemoUploads {
    public static final String MANIFEST = "demo/manifest.json";
    private static final Logger LOG = Logger.getLogger(DemoUploads.class);

    /**
     * The demo files, in load order, each with the seed report its figures come from, and those reports as the
     * product keeps them (issuing unit, number, date, kind, …): each file is loaded for its report, mode=replace.
     */
    public record Manifest(List<DemoFile> files, List<Map<String, Object>> reports) {
        Optional<Map<String, Object>> report(String seed) {
            return reports == null
                    ? Optional.empty()
                    : reports.stream().filter(r -> seed.equals(r.get("seed"))).findFirst();
        }
    }

    public record DemoFile(String file, String dataset, String seed, String title) {}

    /**
     * What loading one file did: the upload's report (null when the upload failed or the file was missing) and,
     * unless it was written, why not.
     */
    public record Loaded(String resource, UploadReport report, String error) {}

    @Inject
    UploadService uploads;

    @Inject
    Datasets datasets;

    @Inject
    ObjectMapper mapper;

    @Inject
    SeedConfig seed;

    @Inject
    ReadOnly readOnly;

    @Inject
    Instance<DemoSources> sources;

    // After the reference data loader (default priority), which creates the units the rows name.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent ev) {
        if (seed.demo() && !readOnly.on()) {
            loadAll();
        }
    }

    public Manifest manifest() {
        try (InputStream in = resource(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(MANIFEST + " is missing from the classpath");
            }
            return mapper.readValue(in, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(MANIFEST + " is not valid", e);
        }
    }

    /** Loads every file of the manifest, in its order. */
    public List<Loaded> loadAll() {
        List<Loaded> results = new ArrayList<>();
        Manifest m = manifest();
        for (DemoFile f : m.files()) {
            Long source = sources.isResolvable()
                    ? m.report(f.seed()).map(d -> sources.get().sourceFor(d)).orElse(null)
                    : null;
            Loaded r = load("demo/" + f.file(), f.dataset(), source);
            if (r.error() == null) {
                LOG.infof(
                        "Demo %s: %d rows (%d inserted, %d updated, %d unchanged)",
                        r.resource(),
                        r.report().rowsRead(),
                        r.report().inserted(),
                        r.report().updated(),
                        r.report().unchanged());
            } else {
                LOG.errorf("Demo %s was not loaded: %s", r.resource(), r.error());
            }
            results.add(r);
        }
        return results;
    }

    /** Uploads one classpath CSV resource into the dataset with this path. */
    public Loaded load(String resource, String datasetPath) {
        return load(resource, datasetPath, null);
    }

    /** Uploads one classpath CSV resource, as the figures of document {@code source} when one is given. */
    public Loaded load(String resource, String datasetPath, Long source) {
        Optional<Dataset> dataset = datasets.byPath(datasetPath);
        if (dataset.isEmpty()) {
            return new Loaded(resource, null, "no dataset " + datasetPath);
        }
        try (InputStream in = resource(resource)) {
            if (in == null) {
                return new Loaded(resource, null, "no such resource");
            }
            UploadResult r = uploads.uploadAsSystem(dataset.get(), source, in);
            return new Loaded(resource, r.report(), "SUCCEEDED".equals(r.state()) ? null : error(r));
        } catch (IOException | SQLException e) {
            return new Loaded(resource, null, "unreadable: " + e.getMessage());
        }
    }

    /** The problem in one line, with the first rows' errors: {@code 422 UPLOAD_REJECTED …; row 2 component …}. */
    private static String error(UploadResult r) {
        if (r.failed()) {
            return r.status() + " " + r.failureCode() + " " + r.failureMessage();
        }
        ProblemDetail p = (ProblemDetail) r.body();
        String rows = p.errors() == null
                ? ""
                : p.errors().stream()
                        .limit(10)
                        .map(v -> "; row " + v.row() + " " + v.field() + " " + v.code())
                        .collect(Collectors.joining());
        return p.status() + " " + p.code() + " " + p.detail() + rows;
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    }
}
