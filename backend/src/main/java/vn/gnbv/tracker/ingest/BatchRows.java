package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which rows of the batch state these stored figures (by id): how an upload's warnings name its rows. */
interface BatchRows {
    Map<Long, List<Long>> rowsOf(Connection c, Set<Long> ids) throws SQLException;
}
