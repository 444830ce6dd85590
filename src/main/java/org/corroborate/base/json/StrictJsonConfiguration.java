package org.corroborate.base.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** The application's JSON reader refuses what it would otherwise coerce or store wrongly (see package docs). */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** Dates and times PostgreSQL stores and ISO 8601 writes with four-digit years. */
    static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        SimpleModule strict = new SimpleModule("strict-input")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(Instant.class, new InstantDeserializer());
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).addModule(strict);
    }

    /** Text only from a JSON string, and only text PostgreSQL can store. */
    static final class TextDeserializer extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new StrictInputException(p, "must be text, not " + describe(p.currentToken()), String.class);
            }
            String text = p.getString();
            String problem = StrictText.problem(text);
            if (problem != null) {
                throw new StrictInputException(p, problem, String.class);
            }
            return text;
        }
    }

    /** A date and time as an ISO 8601 string with its offset ("2019-12-24T18:00:00Z"), never a bare number. */
    static final class InstantDeserializer extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new StrictInputException(p, "must be a date and time as text like \"2019-12-24T18:00:00Z\", not "
                        + describe(p.currentToken()), Instant.class);
            }
            Instant instant;
            try {
                instant = OffsetDateTime.parse(p.getString().strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeException e) {
                throw new StrictInputException(p, "must be a date and time like \"2019-12-24T18:00:00Z\"",
                        Instant.class);
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new StrictInputException(p, "must be a date between the years "
                        + EARLIEST.atOffset(ZoneOffset.UTC).getYear() + " and "
                        + LATEST.atOffset(ZoneOffset.UTC).getYear(), Instant.class);
            }
            return instant;
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> "this value";
        };
    }
}
