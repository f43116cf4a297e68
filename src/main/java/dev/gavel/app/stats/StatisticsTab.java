package dev.gavel.app.stats;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The parts of the statistics page, in the order of its tabs, each with its shortcut. */
public enum StatisticsTab {
    OVERVIEW("Overview", KeyCode.DIGIT1),
    TOP("Top participants", KeyCode.DIGIT2),
    MEMBER("Member", KeyCode.DIGIT3),
    BENCHMARKS("Cohort benchmarks", KeyCode.DIGIT4);

    private final String title;
    private final KeyCombination shortcut;

    StatisticsTab(String title, KeyCode digit) {
        this.title = title;
        this.shortcut = new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    public String title() {
        return title;
    }

    /** Ctrl+Shift+1 … Ctrl+Shift+4 (Cmd on macOS). */
    public KeyCombination shortcut() {
        return shortcut;
    }
}
