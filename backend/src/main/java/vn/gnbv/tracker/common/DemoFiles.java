package vn.gnbv.tracker.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.util.ClassPathUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;

/**
 * The mechanics every demo-data loader shares: find {@code demo/<prefix>*.json} on the classpath, read one, and
 * write its rows in one new transaction, so a file with a bad row is refused whole and never half-loaded.
 */
public final class DemoFiles {
    public static final String DIR = "demo";

    /** Thrown by a row writer to refuse the whole file; the message says which row and why. */
    public static final class RowFailed extends RuntimeException {
        public RowFailed(String message) {
            super(message, null, false, false);
        }
    }

    private DemoFiles() {}

    /** Resource names under {@value #DIR} starting with {@code prefix}, in name order (main and test, jar or disk). */
    public static TreeSet<String> list(String prefix) {
        TreeSet<String> names = new TreeSet<>();
        try {
            ClassPathUtils.consumeAsPaths(Thread.currentThread().getContextClassLoader(), DIR, dir -> {
                try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                            .forEach(names::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The classpath resource read as {@code type}, or null when there is no such resource. */
    public static <F> F read(ObjectMapper mapper, String resource, Class<F> type) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : mapper.readValue(in, type);
        }
    }

    /**
     * Writes every row in one new transaction; {@code writer} gets the row and its 1-based index and returns the
     * ordinal of its outcome (created, updated, unchanged…). Counts per outcome; a {@link RowFailed} rolls all back.
     */
    public static <R> int[] writeAll(List<R> rows, int outcomes, ToIntBiFunction<R, Integer> writer) {
        int[] counts = new int[outcomes];
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows.size(); i++) {
                counts[writer.applyAsInt(rows.get(i), i + 1)]++;
            }
        });
        return counts;
    }
}
