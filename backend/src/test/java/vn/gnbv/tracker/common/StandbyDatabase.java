package vn.gnbv.tracker.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A hot standby of the test cluster (scripts/pg.sh standby: pg_basebackup, then streaming replication), started for a
 * test profile whose server reads from it; stopped and removed afterwards.
 */
public class StandbyDatabase implements QuarkusTestResourceLifecycleManager {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DIR = Path.of("target", "pg-standby").toAbsolutePath();

    private String port;

    /** The port of the primary, the cluster every other test uses (application.properties). */
    static String primaryPort() {
        return System.getenv().getOrDefault("GNBV_DB_PORT", "55432");
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = String.valueOf(s.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        stopAndRemove();
        pg("standby", DIR.toString(), port, primaryPort());
        return Map.of("gnbv.db.port", port);
    }

    @Override
    public void stop() {
        stopAndRemove();
    }

    private void stopAndRemove() {
        if (DIR.toFile().exists()) {
            pg("stop", DIR.toString(), port == null ? "0" : port);
            try (var files = java.nio.file.Files.walk(DIR)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void pg(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "scripts/pg.sh";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd)
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("scripts/pg.sh " + String.join(" ", args) + ": " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
