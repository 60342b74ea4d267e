package vn.gnbv.tracker.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.gnbv.tracker.common.ReadOnly;
import vn.gnbv.tracker.common.SeedConfig;

/**
 * Loads the statistics office's unit list (as of 2025-03-01) and the 1 July 2025 reform mapping from
 * {@code data/reference} (packed into the app as classpath {@code reference/}, or a directory named by
 * {@code gnbv.reference.dir}). Set-based: rows are COPYed into temporary staging tables, then a handful of
 * INSERT … SELECT statements resolve parents and successions. Runs once per checksum of the files, in one transaction,
 * followed by the program attributes the seed reports state ({@link ReferenceSql#UNIT_ATTRIBUTES}).
 */
@ApplicationScoped
public class ReferenceDataLoader {
    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    /** The reference list gives no creation dates; pre-reform units are treated as valid from here. */
    public static final LocalDate PRE_REFORM_FROM = LocalDate.of(2000, 1, 1);

    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    private static final String UNITS = "admin-units-2025-03-01.json";
    private static final String MERGES = "admin-reform-2025-07-01/merges.json";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReferenceConfig config;

    @Inject
    SeedConfig seed;

    @Inject
    ReadOnly readOnly;

    void onStart(@Observes StartupEvent ev) throws Exception {
        if (seed.reference() && !readOnly.on()) {
            load();
        }
    }

    /** Loads the configured directory's files, else the ones packed into the app. */
    public void load() throws IOException, SQLException {
        if (config.dir().isPresent()) {
            Path dir = config.dir().get();
            load(Files.readAllBytes(dir.resolve(UNITS)), Files.readAllBytes(dir.resolve(MERGES)));
        } else {
            load(packed(UNITS), packed(MERGES));
        }
    }

    private static byte[] packed(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("reference/" + name)) {
            if (in == null) {
                throw new IOException("reference/" + name + " is not packed into the app (see data/README.md)");
            }
            return in.readAllBytes();
        }
    }

    private void load(byte[] units, byte[] merges) throws IOException, SQLException {
        String checksum = sha256(units, merges);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // One loader at a time, even with several app instances starting together.
                st.execute("select pg_advisory_xact_lock(4242001)");
            }
            String loaded = loadedChecksum(c, "admin-units");
            if (loaded == null) {
                loadUnits(c, units, merges, checksum);
            } else if (!loaded.equals(checksum)) {
                LOG.warn("Reference files changed since they were loaded; not reloading over existing data");
            }
            applyAttributes(c);
            c.commit();
        }
    }

    private void loadUnits(Connection c, byte[] units, byte[] merges, String checksum)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        int rows = stage(c, mapper.readTree(units), mapper.readTree(merges));
        try (Statement st = c.createStatement()) {
            for (String sql : ReferenceSql.MERGE_STAGED) {
                st.execute(sql);
            }
        }
        recordLoad(c, "admin-units", checksum, rows);
        LOG.infof(
                "Loaded %d reference rows (units and successions) in %d ms",
                rows, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Program attributes run once per version of their definitions, separately from the unit load: a database loaded
     * before they existed still gets them, and an edit made through the API is not overwritten at every start.
     */
    private static void applyAttributes(Connection c) throws SQLException {
        String checksum = sha256(String.join("\n", ReferenceSql.UNIT_ATTRIBUTES).getBytes(StandardCharsets.UTF_8));
        if (checksum.equals(loadedChecksum(c, "unit-attributes"))) {
            return;
        }
        int rows = 0;
        try (Statement st = c.createStatement()) {
            for (String sql : ReferenceSql.UNIT_ATTRIBUTES) {
                rows += st.executeUpdate(sql);
            }
        }
        recordLoad(c, "unit-attributes", checksum, rows);
        LOG.infof("Applied unit attributes to %d units", rows);
    }

    private static String loadedChecksum(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select checksum from reference_load where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void recordLoad(Connection c, String name, String checksum, int rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reference_load(name, checksum, rows_loaded)"
                + " values (?, ?, ?) on conflict (name) do update set checksum = excluded.checksum,"
                + " rows_loaded = excluded.rows_loaded, loaded_at = now()")) {
            ps.setString(1, name);
            ps.setString(2, checksum);
            ps.setInt(3, rows);
            ps.executeUpdate();
        }
    }

    /** Streams both files into the staging tables with COPY: one round trip per table instead of JDBC batches. */
    private int stage(Connection c, JsonNode units, JsonNode merges) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute(ReferenceSql.CREATE_STAGING);
        }
        CopyRows u = new CopyRows();
        CopyRows s = new CopyRows();
        for (JsonNode p : units.get("data")) {
            String pc = p.get("level1_id").asText();
            u.row("OLD", "PROVINCE", pc, p.get("name").asText(), p.get("type").asText(), null);
            for (JsonNode d : p.get("level2s")) {
                String dc = d.get("level2_id").asText();
                u.row(
                        "OLD",
                        "DISTRICT",
                        dc,
                        d.get("name").asText(),
                        d.get("type").asText(),
                        pc);
                for (JsonNode w : d.get("level3s")) {
                    u.row(
                            "OLD",
                            "COMMUNE",
                            w.get("level3_id").asText(),
                            w.get("name").asText(),
                            w.get("type").asText(),
                            dc);
                }
            }
        }
        for (JsonNode p : merges.get("data")) {
            String pc = p.get("level1_id").asText();
            String pname = p.get("name").asText();
            u.row("NEW", "PROVINCE", pc, pname, provinceType(pname), null);
            addSuccessions(s, p.get("merges"), pc, "PROVINCE");
            for (JsonNode w : p.get("level2s")) {
                String wc = w.get("level2_id").asText();
                String wname = w.get("name").asText();
                u.row("NEW", "COMMUNE", wc, wname, communeType(wname), pc);
                addSuccessions(s, w.get("merges"), wc, "COMMUNE");
            }
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        u.copyInto(copy, ReferenceSql.COPY_UNITS);
        s.copyInto(copy, ReferenceSql.COPY_SUCCESSIONS);
        return u.count() + s.count();
    }

    private static void addSuccessions(CopyRows s, JsonNode list, String newCode, String newLevel) {
        for (JsonNode m : list) {
            s.row(
                    m.get("old_id").asText(),
                    newCode,
                    newLevel,
                    "partial".equals(m.get("type").asText()) ? "PARTIAL" : "FULL");
        }
    }

    static String provinceType(String name) {
        return name.startsWith("Thành phố") ? "Thành phố Trung ương" : "Tỉnh";
    }

    static String communeType(String name) {
        if (name.startsWith("Phường")) {
            return "Phường";
        }
        return name.startsWith("Đặc khu") ? "Đặc khu" : "Xã";
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
