package org.corroborate.place;

/** A place the registry refuses: no name, a parent that does not exist, or a place within itself. */
public class InvalidPlaceException extends RuntimeException {

    private final String messageKey;

    InvalidPlaceException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The translation key of the reason. */
    public String messageKey() {
        return messageKey;
    }
}
