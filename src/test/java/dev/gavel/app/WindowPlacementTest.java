package dev.gavel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.gavel.app.prefs.ConsolePreferences.WindowBounds;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final List<Rectangle2D> TWO_SCREENS = List.of(new Rectangle2D(0, 0, 1920, 1080),
            new Rectangle2D(1920, 0, 1280, 1024));

    @Test
    @DisplayName("a window whose title bar is on a screen is put back where it was, on either screen")
    void visible() {
        assertThat(WindowPlacement.isVisible(new WindowBounds(100, 100, 1200, 800, false), TWO_SCREENS)).isTrue();
        assertThat(WindowPlacement.isVisible(new WindowBounds(2000, 50, 1000, 700, false), TWO_SCREENS)).isTrue();
        assertThat(WindowPlacement.isVisible(new WindowBounds(-500, 10, 1000, 700, false), TWO_SCREENS)).isFalse();
    }

    @Test
    @DisplayName("a window on a screen that is gone, or never placed, opens at the default place")
    void notVisible() {
        assertThat(WindowPlacement.isVisible(new WindowBounds(2000, 50, 1000, 700, false), TWO_SCREENS.subList(0, 1))).isFalse();
        assertThat(WindowPlacement.isVisible(new WindowBounds(100, 2000, 1000, 700, false), TWO_SCREENS)).isFalse();
        assertThat(WindowPlacement.isVisible(null, TWO_SCREENS)).isFalse();
        assertThat(WindowPlacement.isVisible(new WindowBounds(100, 100, 10, 10, false), TWO_SCREENS)).isFalse();
    }
}
