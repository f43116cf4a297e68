package dev.gavel.app.shell;

import javafx.scene.input.KeyCombination;

/** A key combination and what it does, for Help → Keyboard shortcuts. */
public record KeyboardShortcut(KeyCombination keys, String action) {

    /** The keys as this platform writes them (Ctrl+1, ⌘1). */
    public String keysText() {
        return keys.getDisplayText();
    }
}
