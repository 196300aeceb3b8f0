package org.sheltergis.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request body's {@code lon}: required, in degrees between -180 and 180 (WGS 84). One definition for every body that
 * carries positions (entrances, siting instances), so the rule and its message are written once.
 */
@NotNull(message = "lon is required")
@DecimalMin(value = "-180", message = "lon must be between -180 and 180")
@DecimalMax(value = "180", message = "lon must be between -180 and 180")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Longitude {
    String message() default "lon must be between -180 and 180";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
