package org.corroborate.base.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value refused by the strict input rules. Its {@link #getOriginalMessage() message} completes the
 * sentence "The field 'x' ...": "must be text, not a number", "contains a NUL character"...
 */
public class StrictInputException extends MismatchedInputException {

    StrictInputException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
