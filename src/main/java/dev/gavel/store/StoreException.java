package dev.gavel.store;

import dev.gavel.core.UserFacingException;

/**
 * A store could not be opened or used. The message is a sentence for the user: it names the file
 * and says what to do.
 */
public class StoreException extends UserFacingException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
