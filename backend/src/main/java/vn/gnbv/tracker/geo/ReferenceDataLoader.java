package vn.gnbv.tracker.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the statistics office's unit list (as of 2025-03-01) and the 1 July 2025 reform mapping from
 * {@code shared/reference}. Set-based: rows go into temporary staging tables in JDBC batches, then a handful of
 * INSERT … SELECT statements resolve parents and successions. Runs once per checksum of the files, in one transaction.
 */
@ApplicationScoped
public class ReferenceDataLoader {
  private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
  /** The reference list gives no creation dates; pre-reform units are treated as valid from here. */
  public static final LocalDate PRE_REFORM_FROM = LocalDate.of(2000, 1, 1);
  public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
  private static final String UNITS = "admin-units-2025-03-01.json";
  private static final String MERGES = "admin-reform-2025-07-01/merges.json";

  @Inject DataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "gnbv.reference.dir") String referenceDir;
  @ConfigProperty(name = "gnbv.seed.reference") boolean enabled;

  void onStart(@Observes StartupEvent ev) throws Exception {
    if (enabled) {
      load(Path.of(referenceDir));
    }
  }

  public void load(Path dir) throws IOException, SQLException {
    byte[] units = Files.readAllBytes(dir.resolve(UNITS));
    byte[] merges = Files.readAllBytes(dir.resolve(MERGES));
    String checksum = sha256(units, merges);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        // One loader at a time, even with several app instances starting together.
        st.execute("select pg_advisory_xact_lock(4242001)");
        var rs = st.executeQuery("select checksum from reference_load where name = 'admin-units'");
        if (rs.next()) {
          if (!rs.getString(1).equals(checksum)) {
            LOG.warn("Reference files changed since they were loaded; not reloading over existing data");
          }
          c.rollback();
          return;
        }
      }
      long t0 = System.nanoTime();
      int rows = stage(c, mapper.readTree(units), mapper.readTree(merges));
      try (Statement st = c.createStatement()) {
        for (String sql : ReferenceSql.MERGE_STAGED) {
          st.execute(sql);
        }
        try (PreparedStatement ps = c.prepareStatement(
            "insert into reference_load(name, checksum, rows_loaded) values ('admin-units', ?, ?)")) {
          ps.setString(1, checksum);
          ps.setInt(2, rows);
          ps.executeUpdate();
        }
      }
      c.commit();
      LOG.infof("Loaded %d reference rows (units and successions) in %d ms", rows,
          (System.nanoTime() - t0) / 1_000_000);
    }
  }

  private int stage(Connection c, JsonNode units, JsonNode merges) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(ReferenceSql.CREATE_STAGING);
    }
    int n = 0;
    try (PreparedStatement u = c.prepareStatement(
            "insert into stg_unit(era, level, code, name, unit_type, parent_code) values (?,?,?,?,?,?)");
        PreparedStatement s = c.prepareStatement(
            "insert into stg_succession(old_code, new_code, new_level, kind) values (?,?,?,?)")) {
      for (JsonNode p : units.get("data")) {
        String pc = p.get("level1_id").asText();
        n += addUnit(u, "OLD", "PROVINCE", pc, p.get("name").asText(), p.get("type").asText(), null);
        for (JsonNode d : p.get("level2s")) {
          String dc = d.get("level2_id").asText();
          n += addUnit(u, "OLD", "DISTRICT", dc, d.get("name").asText(), d.get("type").asText(), pc);
          for (JsonNode w : d.get("level3s")) {
            n += addUnit(u, "OLD", "COMMUNE", w.get("level3_id").asText(), w.get("name").asText(),
                w.get("type").asText(), dc);
          }
        }
      }
      for (JsonNode p : merges.get("data")) {
        String pc = p.get("level1_id").asText();
        String pname = p.get("name").asText();
        n += addUnit(u, "NEW", "PROVINCE", pc, pname, provinceType(pname), null);
        n += addSuccessions(s, p.get("merges"), pc, "PROVINCE");
        for (JsonNode w : p.get("level2s")) {
          String wc = w.get("level2_id").asText();
          String wname = w.get("name").asText();
          n += addUnit(u, "NEW", "COMMUNE", wc, wname, communeType(wname), pc);
          n += addSuccessions(s, w.get("merges"), wc, "COMMUNE");
        }
      }
      u.executeBatch();
      s.executeBatch();
    }
    return n;
  }

  private static int addUnit(PreparedStatement ps, String era, String level, String code, String name, String type,
      String parent) throws SQLException {
    ps.setString(1, era);
    ps.setString(2, level);
    ps.setString(3, code);
    ps.setString(4, name);
    ps.setString(5, type);
    ps.setString(6, parent);
    ps.addBatch();
    return 1;
  }

  private static int addSuccessions(PreparedStatement ps, JsonNode list, String newCode, String newLevel)
      throws SQLException {
    int n = 0;
    for (JsonNode m : list) {
      ps.setString(1, m.get("old_id").asText());
      ps.setString(2, newCode);
      ps.setString(3, newLevel);
      ps.setString(4, "partial".equals(m.get("type").asText()) ? "PARTIAL" : "FULL");
      ps.addBatch();
      n++;
    }
    return n;
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
