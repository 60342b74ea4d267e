package vn.gnbv.tracker.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code limit} of a list (openapi.yaml components/parameters/Limit): 1–1000, default {@value #DEFAULT}. */
@Min(1)
@Max(PageSize.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {
    /** As a string, for {@code @DefaultValue}. */
    String DEFAULT = "50";

    int MAX = 1000;

    String message() default "must be between 1 and " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
