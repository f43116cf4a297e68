package dev.gavel.app;

import java.util.List;

import dev.gavel.app.prefs.ConsolePreferences.WindowBounds;
import javafx.geometry.Rectangle2D;

/** Whether a remembered window position can be used on the screens there are now. */
final class WindowPlacement {

    /** How much of the window's top edge must be on a screen to grab it: a title bar's worth. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 32;

    private WindowPlacement() {
    }

    /** True when the window's top-left part is on one of the screens (a screen unplugged since makes it false). */
    static boolean isVisible(WindowBounds bounds, List<Rectangle2D> screens) {
        if (bounds == null || bounds.width() < GRAB_WIDTH || bounds.height() < GRAB_HEIGHT) {
            return false;
        }
        double grabX = bounds.x() + GRAB_WIDTH / 2;
        double grabY = bounds.y() + GRAB_HEIGHT / 2;
        return screens.stream().anyMatch(screen -> screen.contains(grabX, grabY));
    }
}
