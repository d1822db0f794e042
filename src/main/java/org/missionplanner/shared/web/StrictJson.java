package org.missionplanner.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.missionplanner.shared.TextRules;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON API reads text and dates by the same rules as the forms ({@link InputBinding}): text
 * with a control character, a NUL byte or a lone surrogate is refused, and a date is an ISO string
 * of a real day between 1900 and 2200, never a number ({@code 20260101} is not a date). A refusal
 * names the field. Spring Boot adds this module to the application's JSON mapper.
 */
@Component
public class StrictJson extends SimpleModule {

    /** What a refused value's exception names as the reason, so that the API can say it to the client. */
    public static final String REFUSED_TEXT = "text with a control character";

    public static final String REFUSED_DATE = "not a date between 1900 and 2200";

    public StrictJson() {
        super("mission-planner-strict-json");
        addDeserializer(String.class, new Text());
        addDeserializer(LocalDate.class, new Day());
        addDeserializer(Instant.class, new Moment());
    }

    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (TextRules.isRefused(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, "", REFUSED_TEXT);
            }
            return value;
        }
    }

    static final class Day extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(text);
                if (TextRules.isAcceptedDate(day)) {
                    return day;
                }
            } catch (DateTimeException e) {
                // refused below
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, REFUSED_DATE);
        }
    }

    static final class Moment extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                Instant moment = Instant.parse(text);
                if (TextRules.isAcceptedDate(LocalDate.ofInstant(moment, ZoneOffset.UTC))) {
                    return moment;
                }
            } catch (DateTimeException e) {
                // refused below
            }
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, REFUSED_DATE);
        }
    }
}
