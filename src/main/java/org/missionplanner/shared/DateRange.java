package org.missionplanner.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** Class-level constraint: the end date, when given, is not before the start date. Reported on "endDate". */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateRange.Validator.class)
public @interface DateRange {

    String message() default "{validation.dateRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a record or class with a date range exposes. */
    interface Dated {

        LocalDate startDate();

        LocalDate endDate();
    }

    class Validator implements ConstraintValidator<DateRange, Dated> {

        @Override
        public boolean isValid(Dated value, ConstraintValidatorContext context) {
            if (value == null
                    || value.startDate() == null
                    || value.endDate() == null
                    || !value.endDate().isBefore(value.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
