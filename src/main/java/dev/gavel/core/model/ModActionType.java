package dev.gavel.core.model;

/** The moderation actions Gavel sees on Discord. */
public enum ModActionType implements StoredValue {
    BAN("ban"),
    UNBAN("unban"),
    KICK("kick"),
    TIMEOUT("timeout"),
    TIMEOUT_REMOVED("timeout_removed");

    private final String stored;

    ModActionType(String stored) {
        this.stored = stored;
    }

    @Override
    public String storedValue() {
        return stored;
    }
}
