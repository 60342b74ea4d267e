package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every {@link Dataset} the features provide, by path: what {@code /uploads/{dataset}} can name. */
@ApplicationScoped
public class Datasets {
    private final Map<String, Dataset> byPath = new TreeMap<>();

    @Inject
    Datasets(@Any Instance<Dataset> all) {
        for (Dataset d : all) {
            Dataset clash = byPath.put(d.path(), d);
            if (clash != null) {
                throw new IllegalStateException("Two datasets named " + d.path() + ": " + clash + ", " + d);
            }
        }
    }

    /** The paths, comma-separated in order, for messages. */
    public String paths() {
        return String.join(", ", byPath.keySet());
    }

    public Optional<Dataset> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
