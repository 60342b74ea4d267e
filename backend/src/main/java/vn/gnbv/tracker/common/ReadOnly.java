package vn.gnbv.tracker.common;

import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A server in front of a read replica (PostgreSQL streaming replication, docs/scaling.md): {@code gnbv.read-only}
 * ({@code GNBV_READ_ONLY=true}). Nothing it runs writes, since a standby refuses every write: at start no reference or
 * demo data and no first findings, nothing scheduled (due findings, upload heartbeats and expiry, change-log
 * retention), and every API write is answered 503 READ_ONLY, naming the primary's API when {@code gnbv.primary-url}
 * says where it is. Reads, pulls and changed-since work as on the primary, over the replica's (possibly slightly
 * older) data.
 */
@ApplicationScoped
public class ReadOnly {
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ConfigProperty(name = "gnbv.read-only", defaultValue = "false")
    boolean on;

    @ConfigProperty(name = "gnbv.primary-url")
    Optional<String> primary;

    public boolean on() {
        return on;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseWrites(ContainerRequestContext request) {
        if (!on
                || SAFE.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        return ProblemDetail.of(
                        ErrorCode.READ_ONLY,
                        "This server answers reads from a read replica and writes nothing"
                                + primary.map(p -> "; send writes to " + p).orElse("; send writes to the primary"),
                        null)
                .response();
    }

    /** For {@code @Scheduled(skipExecutionIf = ReadOnly.Skip.class)}: scheduled work writes, so a replica skips it. */
    @ApplicationScoped
    public static class Skip implements io.quarkus.scheduler.Scheduled.SkipPredicate {
        @Inject
        ReadOnly readOnly;

        @Override
        public boolean test(ScheduledExecution execution) {
            return readOnly.on();
        }
    }
}
