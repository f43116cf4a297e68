package dev.gavel.core.model;

/** Why a message was filed into a member's thread. */
public enum ReportReason implements StoredValue {
    ANON_REPORT("anonReport"),
    TRACK("track"),
    SPAM("spam");

    private final String stored;

    ReportReason(String stored) {
        this.stored = stored;
    }

    @Override
    public String storedValue() {
        return stored;
    }
}
