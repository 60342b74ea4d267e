package vn.gnbv.tracker.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the request id before anything else runs (pre-matching) and echoes it on every response. */
public class RequestIdFilters {
    @Inject
    RequestId requestId;

    @ServerRequestFilter(preMatching = true)
    public void take(ContainerRequestContext request) {
        requestId.accept(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.get());
    }
}
