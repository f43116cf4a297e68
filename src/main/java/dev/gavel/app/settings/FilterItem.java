package dev.gavel.app.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A channel or a category in the statistics filter, ticked when the statistics count only those. */
public final class FilterItem {

    public enum Kind { CATEGORY, CHANNEL }

    private final Kind kind;
    private final String key;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    /** @param key the channel id, or the category's name */
    public FilterItem(Kind kind, String key, String label) {
        this.kind = kind;
        this.key = key;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
