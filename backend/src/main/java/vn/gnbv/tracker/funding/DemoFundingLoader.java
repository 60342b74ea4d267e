package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.util.ClassPathUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.common.ApiException;

/**
 * Loads the demo funding data (classpath {@code demo/funding-*.json}) when {@code gnbv.seed.demo=true}. Each line
 * goes through {@link FundingLineService#upsert}, the same rules as the API. One transaction per file: a file with
 * a bad line is not loaded at all (and says which line), never half-loaded. Loading again changes nothing.
 */
@ApplicationScoped
public class DemoFundingLoader {
  private static final Logger LOG = Logger.getLogger(DemoFundingLoader.class);
  private static final String DIR = "demo";

  /** A demo file: where the figures come from, and the lines. */
  public record DemoFile(String seed, String title, List<FundingLineInput> lines) {}

  /** What loading one file did; {@code error} is null when it loaded. */
  public record FileResult(String resource, String seed, int lines, int created, int updated, int unchanged,
      String error) {}

  @Inject ObjectMapper mapper;
  @Inject FundingLineService service;

  @ConfigProperty(name = "gnbv.seed.demo") boolean enabled;

  // After the reference data loader (default priority), which creates the units the lines refer to.
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent ev) {
    if (enabled) {
      loadAll();
    }
  }

  /** Loads every {@code demo/funding-*.json} on the classpath, in file-name order. */
  public List<FileResult> loadAll() {
    List<FileResult> results = new ArrayList<>();
    for (String name : demoFiles()) {
      FileResult r = loadResource(DIR + "/" + name);
      if (r.error() == null) {
        LOG.infof("Demo funding %s: %d lines (%d created, %d updated, %d unchanged)", r.resource(), r.lines(),
            r.created(), r.updated(), r.unchanged());
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
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return new FileResult(resource, null, 0, 0, 0, 0, "no such resource");
      }
      file = mapper.readValue(in, DemoFile.class);
    } catch (IOException e) {
      return new FileResult(resource, null, 0, 0, 0, 0, "unreadable: " + e.getMessage());
    }
    List<FundingLineInput> lines = file.lines() == null ? List.of() : file.lines();
    int[] counts = new int[FundingLineService.Outcome.values().length];
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        for (int i = 0; i < lines.size(); i++) {
          counts[upsert(lines.get(i), i + 1).ordinal()]++;
        }
      });
    } catch (LineFailed e) {
      return new FileResult(resource, file.seed(), lines.size(), 0, 0, 0, e.getMessage());
    }
    return new FileResult(resource, file.seed(), lines.size(), counts[0], counts[1], counts[2], null);
  }

  private FundingLineService.Outcome upsert(FundingLineInput line, int index) {
    try {
      return service.upsert(line).outcome();
    } catch (ApiException e) {
      StringBuilder msg = new StringBuilder("line ").append(index).append(": ").append(e.code()).append(' ')
          .append(e.getMessage());
      e.errors().forEach(v -> msg.append("; ").append(v.field()).append(' ').append(v.code()));
      throw new LineFailed(msg.toString());
    }
  }

  private static TreeSet<String> demoFiles() {
    TreeSet<String> names = new TreeSet<>();
    try {
      // Main and test resources may both have a demo/ directory, in a jar or on disk.
      ClassPathUtils.consumeAsPaths(Thread.currentThread().getContextClassLoader(), DIR, dir -> {
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("funding-") && n.endsWith(".json")).forEach(names::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static final class LineFailed extends RuntimeException {
    LineFailed(String message) {
      super(message, null, false, false);
    }
  }
}
