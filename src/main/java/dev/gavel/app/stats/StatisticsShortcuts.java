package dev.gavel.app.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import dev.gavel.app.shell.KeyboardShortcut;
import javafx.scene.input.KeyCombination;

/**
 * The statistics page's keyboard shortcuts, for the page to install and for the shell's
 * Help → Keyboard shortcuts to list. Ctrl stands for Cmd on macOS.
 */
public final class StatisticsShortcuts {


    /** Shows the statistics page: the first page of the shell's navigation (Ctrl+1 … are the pages). */
    public static final KeyCombination PAGE = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    /** Focuses the first date picker, to type a custom range. */
    public static final KeyCombination CUSTOM = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.ALT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    /** Focuses the tab's search or filter field. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCode[] PRESET_DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6};

    private StatisticsShortcuts() {
    }

    /** Alt+1 … Alt+6 for the presets from 7 days to the year; Alt+0 for a custom range. */
    public static KeyCombination preset(RangePreset preset) {
        if (preset == RangePreset.CUSTOM) {
            return CUSTOM;
        }
        return new KeyCodeCombination(PRESET_DIGITS[preset.ordinal()], KeyCombination.ALT_DOWN);
    }

    /**
     * The statistics page's own keys while it is shown, in the order a help page lists them (the
     * shell lists {@link #PAGE} with its pages).
     */
    public static List<KeyboardShortcut> all() {
        List<KeyboardShortcut> all = new ArrayList<>();
        for (StatisticsTab tab : StatisticsTab.values()) {
            all.add(new KeyboardShortcut(tab.shortcut(), "Statistics: show " + tab.title().toLowerCase(Locale.ROOT)));
        }
        for (RangePreset preset : RangePreset.values()) {
            all.add(new KeyboardShortcut(preset(preset), preset == RangePreset.CUSTOM ? "Statistics: type a custom range"
                    : "Statistics: " + preset.description().toLowerCase(Locale.ROOT)));
        }
        all.add(new KeyboardShortcut(BACK, "Statistics: the range before (as long as this one)"));
        all.add(new KeyboardShortcut(FORWARD, "Statistics: the range after, up to today"));
        all.add(new KeyboardShortcut(REFRESH, "Statistics: read the shown numbers again"));
        all.add(new KeyboardShortcut(FIND, "Statistics: filter the top participants, or search a member"));
        return all;
    }
}
