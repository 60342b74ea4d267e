package vn.gnbv.tracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;

/**
 * 401 and 403 as problem+json. Authentication is lazy (quarkus.http.auth.proactive=false) so that these failures
 * reach JAX-RS and get the same error body as every other error. The reason a token was refused is logged by
 * quarkus-oidc, never told to the caller.
 */
public class SecurityMappers {
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(
                        ProblemDetail.of(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required", List.of())
                                .response())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gnbv\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemDetail.of(ErrorCode.FORBIDDEN, "Your role does not allow this operation", List.of())
                .response();
    }
}
