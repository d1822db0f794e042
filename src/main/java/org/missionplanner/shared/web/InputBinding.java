package org.missionplanner.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.missionplanner.shared.TextRules;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form field, request parameter and path variable is read, in one place: text with a
 * control character or a NUL byte, and a date that is not a real day between 1900 and 2200, are
 * binding errors ("typeMismatch") on their field, which the form shows with its message, and a
 * request parameter a 400; a form whose values do not all convert still comes back ({@link FormBinding}).
 * The JSON API applies the same rules in {@link StrictJson}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InputBinding {

    @InitBinder
    void checkTextAndDates(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
        FormBinding.attach(binder);
    }

    /** Text as typed, unless it has a character that is refused. */
    static final class TextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (TextRules.isRefused(text)) {
                throw new IllegalArgumentException("Text with a control character");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** An ISO date (2026-03-31) of a day that exists, between 1900 and 2200; blank is no date. */
    static final class DateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a date", e);
            }
            if (!TextRules.isAcceptedDate(day)) {
                throw new IllegalArgumentException("A date outside the accepted years");
            }
            setValue(day);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
