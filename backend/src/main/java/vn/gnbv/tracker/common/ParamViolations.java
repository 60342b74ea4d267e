package vn.gnbv.tracker.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bean Validation failures of query, path and header parameters, as the client named them. The validator knows a
 * parameter by its Java name and position; the name the client used is on the method's {@code @QueryParam},
 * {@code @PathParam} or {@code @HeaderParam}, looked up here from the violated method.
 */
final class ParamViolations {
    private static final Map<Class<? extends Annotation>, ViolationCode> CODES = Map.of(
            NotNull.class, ViolationCode.MISSING,
            Min.class, ViolationCode.OUT_OF_RANGE,
            Max.class, ViolationCode.OUT_OF_RANGE,
            PageSize.class, ViolationCode.OUT_OF_RANGE);

    private ParamViolations() {}

    /** The violations that concern request parameters (not a body), or an empty list. */
    static List<ProblemDetail.Violation> of(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(ParamViolations::of)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .toList();
    }

    private static Optional<ProblemDetail.Violation> of(ConstraintViolation<?> v) {
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
            } else {
                return Optional.empty(); // a property inside a body
            }
        }
        if (method == null || parameter == null) {
            return Optional.empty();
        }
        String name = clientName(v.getRootBeanClass(), method, parameter.getParameterIndex());
        if (name == null) {
            return Optional.empty(); // the body itself (e.g. @NotNull on a missing body)
        }
        Class<? extends Annotation> constraint =
                v.getConstraintDescriptor().getAnnotation().annotationType();
        ViolationCode code = CODES.getOrDefault(constraint, ViolationCode.INVALID_PARAMETER);
        String message = name + " " + (constraint == NotNull.class ? "is required" : v.getMessage());
        return Optional.of(ProblemDetail.Violation.field(name, code, message));
    }

    /** The JAX-RS name of a method's parameter; the class may be a generated subclass of the resource. */
    private static String clientName(Class<?> type, Path.MethodNode node, int index) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(node.getName(), types);
                String name = ParamConverters.name(m.getParameterAnnotations()[index]);
                if (name != null) {
                    return name;
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return null;
    }
}
