package vn.gnbv.tracker.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataLoaderTest {
    @Inject
    DataSource ds;

    @Inject
    ReferenceDataLoader loader;

    private long count(String sql) throws Exception {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void loadsEveryUnitOfBothEras() throws Exception {
        assertEquals(63, count("select count(*) from admin_unit where level='PROVINCE' and valid_to = '2025-06-30'"));
        assertEquals(696, count("select count(*) from admin_unit where level='DISTRICT' and valid_to = '2025-06-30'"));
        assertEquals(10047, count("select count(*) from admin_unit where level='COMMUNE' and valid_to = '2025-06-30'"));
        assertEquals(34, count("select count(*) from admin_unit where level='PROVINCE' and valid_from = '2025-07-01'"));
        assertEquals(
                3321, count("select count(*) from admin_unit where level='COMMUNE' and valid_from = '2025-07-01'"));
    }

    @Test
    void loadsEverySuccessionLinkOfTheMapping() throws Exception {
        // 63 province links + the 10,604 commune-level links (5 of them island districts that became special zones).
        assertEquals(63 + 10604, count("select count(*) from unit_succession"));
        assertEquals(1012, count("select count(*) from unit_succession where kind = 'PARTIAL'"));
        // Bắc Kạn (06) went wholly into Thái Nguyên (19).
        assertEquals(1, count("""
        select count(*) from unit_succession s join admin_unit o on o.id = s.predecessor_id
          join admin_unit n on n.id = s.successor_id
         where o.code = '06' and o.level = 'PROVINCE' and n.code = '19' and s.kind = 'FULL'"""));
    }

    @Test
    void pathsAreMaterialisedAncestry() throws Exception {
        assertEquals(0, count("""
        select count(*) from admin_unit c join admin_unit p on p.id = c.parent_id
         where c.path <> p.path || c.id || '/'"""));
        assertEquals(10047, count("""
        select count(*) from admin_unit c where c.level = 'COMMUNE' and c.valid_to = '2025-06-30'
           and array_length(string_to_array(trim(both '/' from c.path), '/'), 1) = 3"""));
    }

    @Test
    void reloadingIsANoOp() throws Exception {
        long before = count("select count(*) from admin_unit");
        loader.load();
        assertEquals(before, count("select count(*) from admin_unit"));
    }
}
