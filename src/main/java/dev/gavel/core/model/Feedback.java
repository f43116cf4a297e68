package dev.gavel.core.model;

/** The feedback given when a ticket is closed with Close 👍 or Close 👎. */
public enum Feedback implements StoredValue {
    UP("up", "👍"),
    DOWN("down", "👎");

    private final String stored;
    private final String emoji;

    Feedback(String stored, String emoji) {
        this.stored = stored;
        this.emoji = emoji;
    }

    @Override
    public String storedValue() {
        return stored;
    }

    public String emoji() {
        return emoji;
    }
}
