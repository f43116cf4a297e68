package dev.gavel.app.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * The console's own settings, remembered between runs: theme, window bounds, recent stores.
 * Immutable; the "with" methods return changed copies.
 */
public record ConsolePreferences(Theme theme, WindowBounds window, List<String> recentStores) {

    public static final int MAX_RECENT = 8;

    public enum Theme { LIGHT, DARK }

    /** Window position and size; null in {@link ConsolePreferences} until the window was first closed. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public ConsolePreferences {
        theme = theme == null ? Theme.LIGHT : theme;
        recentStores = recentStores == null ? List.of() : List.copyOf(recentStores);
    }

    public static ConsolePreferences defaults() {
        return new ConsolePreferences(Theme.LIGHT, null, List.of());
    }

    public ConsolePreferences withTheme(Theme newTheme) {
        return new ConsolePreferences(newTheme, window, recentStores);
    }

    public ConsolePreferences withWindow(WindowBounds bounds) {
        return new ConsolePreferences(theme, bounds, recentStores);
    }

    /** Puts {@code store} first in the recent list, without duplicates, keeping at most {@link #MAX_RECENT}. */
    public ConsolePreferences withRecentStore(String store) {
        List<String> recent = new ArrayList<>(recentStores);
        recent.remove(store);
        recent.add(0, store);
        return new ConsolePreferences(theme, window, recent.subList(0, Math.min(recent.size(), MAX_RECENT)));
    }

    public ConsolePreferences withoutRecentStore(String store) {
        List<String> recent = new ArrayList<>(recentStores);
        recent.remove(store);
        return new ConsolePreferences(theme, window, recent);
    }
}
