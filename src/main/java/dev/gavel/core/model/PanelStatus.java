package dev.gavel.core.model;

/** Whether a ticket panel's message still exists in Discord. */
public enum PanelStatus implements StoredValue {
    ACTIVE("active"),
    BROKEN("broken");

    private final String stored;

    PanelStatus(String stored) {
        this.stored = stored;
    }

    @Override
    public String storedValue() {
        return stored;
    }
}
