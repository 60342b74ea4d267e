package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Cursor;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.security.CallerScope;

/** Reading jobs: each user their own (from any client), ADMIN everyone's. */
@ApplicationScoped
public class UploadJobService {
    @Inject
    UploadJobs jobs;

    @Inject
    CallerScope scope;

    public UploadJobView get(String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Upload job", jobId);
        }
        try {
            UploadJobView v = jobs.byId(id)
                    .map(UploadJobs.Job::view)
                    .filter(j -> scope.national() || ownerKey(j.owner()).equals(ownerKey(scope.actor())))
                    .orElseThrow(() -> ApiException.notFound("Upload job", jobId));
            return v;
        } catch (SQLException e) {
            throw UploadRequests.unavailable(e);
        }
    }

    public Page<UploadJobView> list(String state, String user, int limit, String cursor) {
        if (user != null && !scope.national()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only ADMIN may list another user's jobs");
        }
        try {
            var rows = jobs.list(user != null ? user : ownerKey(scope.actor()), user != null, state, cursor, limit);
            return Cursor.page(rows, limit, j -> Cursor.encode(j.createdAt(), j.id()));
        } catch (SQLException e) {
            throw UploadRequests.unavailable(e);
        }
    }

    private static String ownerKey(CallerScope.Actor a) {
        return a.subject() != null ? a.subject() : a.username();
    }
}
