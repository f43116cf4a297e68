package dev.gavel.app.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.theme.ThemeManager;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts one view in the test's window, themed as in the console; bounded waits for background work. */
public final class FxStage {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private FxStage() {
    }

    /** Shows {@code root} alone in the stage, in the given theme. Call from the test thread. */
    public static ThemeManager mount(FxRobot robot, Stage stage, Theme theme, java.util.function.Supplier<Parent> root) {
        ThemeManager[] themes = new ThemeManager[1];
        robot.interact(() -> {
            themes[0] = new ThemeManager(theme);
            Scene scene = new Scene(root.get(), 1280, 860);
            themes[0].register(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return themes[0];
    }

    /** Waits (bounded) until {@code condition} holds, letting the JavaFX thread run meanwhile. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + WAIT.toSeconds() + " s waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
