package dev.gavel.app.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCombination;

/** The shell's own keys (the pages bring theirs), and the full list Help → Keyboard shortcuts shows. */
public final class ShellShortcuts {

    public static final KeyCombination OPEN_STORE = KeyCombination.valueOf("Shortcut+O");
    public static final KeyCombination CLOSE_STORE = KeyCombination.valueOf("Shortcut+W");
    public static final KeyCombination QUIT = KeyCombination.valueOf("Shortcut+Q");
    public static final KeyCombination CHOOSE_GUILD = KeyCombination.valueOf("Shortcut+G");
    public static final KeyCombination NEXT_GUILD = KeyCombination.valueOf("Shortcut+Page_Down");
    public static final KeyCombination PREVIOUS_GUILD = KeyCombination.valueOf("Shortcut+Page_Up");
    public static final KeyCombination TOGGLE_THEME = KeyCombination.valueOf("Shortcut+Shift+D");
    public static final KeyCombination SHORTCUTS = KeyCombination.valueOf("F1");

    private ShellShortcuts() {
    }

    /** Every shortcut: the shell's, each page's, and the pages' own. */
    public static List<KeyboardShortcut> all(List<Page> pages) {
        List<KeyboardShortcut> all = new ArrayList<>(List.of(
                new KeyboardShortcut(OPEN_STORE, "Open a store file"),
                new KeyboardShortcut(CLOSE_STORE, "Close the store (back to the start screen)"),
                new KeyboardShortcut(QUIT, "Quit Gavel"),
                new KeyboardShortcut(CHOOSE_GUILD, "Choose the guild"),
                new KeyboardShortcut(NEXT_GUILD, "Next guild"),
                new KeyboardShortcut(PREVIOUS_GUILD, "Previous guild"),
                new KeyboardShortcut(TOGGLE_THEME, "Switch between the light and dark theme"),
                new KeyboardShortcut(SHORTCUTS, "Show these keyboard shortcuts")));
        for (Page page : pages) {
            all.add(new KeyboardShortcut(page.shortcut(), "Show " + page.title()));
        }
        for (Page page : pages) {
            all.addAll(page.shortcuts());
        }
        return all;
    }
}
