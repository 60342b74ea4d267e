package vn.gnbv.tracker.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters the operation does not take (400 INVALID_PARAMETER, UNKNOWN_PARAMETER per name): a
 * misspelt or unsupported filter ({@code updatedSince}, {@code yaer}) silently ignored would answer a different question
 * than the one asked, e.g. a nightly mirror re-reading everything. The names are the resource method's {@code
 * QueryParam}s.
 */
public class KnownParameters {
    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo info) {
        Method method = info.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> unknown =
                new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        if (unknown.isEmpty()) {
            return;
        }
        unknown.removeAll(names(method));
        if (unknown.isEmpty()) {
            return;
        }
        List<ProblemDetail.Violation> errors = unknown.stream()
                .map(n -> ProblemDetail.Violation.field(
                        n, ViolationCode.UNKNOWN_PARAMETER, "This operation has no query parameter " + n))
                .toList();
        throw new ApiException(
                ErrorCode.INVALID_PARAMETER,
                "Unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + (unknown.contains("updatedSince")
                                ? "; for changes since your last pull send since=<the Sync-Token of its first page>"
                                : ""),
                errors);
    }

    private static Set<String> names(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
        }
        return names;
    }
}
