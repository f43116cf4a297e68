package dev.gavel.core;

/** A failure whose message is a complete sentence for the user (what is wrong, what to do). */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
