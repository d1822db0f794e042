package org.missionplanner.plan.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Class-level constraint for a request whose fields must agree with each other (a target date
 * after the baseline date, a supporter other than the lead): each disagreement is reported on its
 * own field, with the same message the plan's rules give.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Consistent.Validator.class)
public @interface Consistent {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that can say where its fields disagree. */
    interface Checked {

        /** Field name to message key, one entry per disagreement; empty when the fields agree. */
        Map<String, String> disagreements();
    }

    class Validator implements ConstraintValidator<Consistent, Checked> {

        @Override
        public boolean isValid(Checked value, ConstraintValidatorContext context) {
            Map<String, String> disagreements = value == null ? Map.of() : value.disagreements();
            if (disagreements.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            disagreements.forEach(
                    (field, messageKey) -> context.buildConstraintViolationWithTemplate("{" + messageKey + "}")
                            .addPropertyNode(field)
                            .addConstraintViolation());
            return false;
        }
    }
}
