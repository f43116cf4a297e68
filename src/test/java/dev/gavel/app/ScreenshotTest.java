package dev.gavel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.support.FxStage;
import dev.gavel.core.AppPaths;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.TokenVault;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders every screen of the console on a demo store, light and dark, to PNG files in
 * {@code assets/screenshots/} (or {@code -Dgavel.screenshots.dir}). Off by default; run it with
 * <pre>./mvnw -B test -Dgavel.screenshots=true -Dtest=ScreenshotTest</pre>
 * Every page in the shell's navigation is shot, so pages added to the console appear without a change here.
 */
@EnabledIfSystemProperty(named = "gavel.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;

    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @Test
    @DisplayName("every screen, light and dark, as PNG")
    void everyScreen(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("gavel.screenshots.dir", "assets/screenshots"));
        Files.createDirectories(out);
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("logs"));
        DemoStore.create(paths.dataDir().resolve("demo.db"), new DemoOptions(DemoOptions.DEFAULT_SEED, 120, 300, 60_000,
                LocalDate.now(ZoneOffset.UTC)));
        ConsoleRoot[] root = new ConsoleRoot[1];
        robot.interact(() -> {
            root[0] = new ConsoleRoot(paths, Clock.systemUTC(), new StoreOpener(Clock.systemUTC()), DiscordEndpoints.discord(),
                    () -> new TokenVault(null, Map.of()), new PreferencesFile(paths.configDir()).load(),
                    paths.defaultStore(), null, () -> { });
            root[0].show(stage);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        FxStage.waitUntil("the start screen", () -> robot.lookup("#openDemo").tryQuery().isPresent() && root[0].isIdle());
        shoot(robot, out.resolve("start-light.png"));

        robot.clickOn("#openDemo");
        FxStage.waitUntil("the shell", () -> robot.lookup("#guildPicker").tryQuery().isPresent()
                && robot.lookup("#guildPicker").queryAs(ComboBox.class).getValue() != null);
        for (String theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
            }
            for (Node node : robot.lookup(".nav-button").queryAll()) {
                ToggleButton button = (ToggleButton) node;
                robot.clickOn(button);
                FxStage.waitUntil("the page " + button.getText(), () -> root[0].isIdle());
                String name = button.getText().toLowerCase(Locale.ROOT).replace(' ', '-');
                shoot(robot, out.resolve(name + "-" + theme + ".png"));
                shootWholePage(robot, out.resolve(name + "-whole-" + theme + ".png"));
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        FxStage.waitUntil("the start screen again", () -> robot.lookup("#openDemo").tryQuery().isPresent() && root[0].isIdle());
        shoot(robot, out.resolve("start-dark.png"));
    }

    /** The page's whole content, below the fold too, when it scrolls. */
    private void shootWholePage(FxRobot robot, Path file) throws IOException {
        Node content = robot.lookup("#pageContent").query();
        javafx.scene.control.ScrollPane scroll = robot.from(content).lookup(".scroll-pane")
                .queryAllAs(javafx.scene.control.ScrollPane.class).stream().findFirst().orElse(null);
        if (scroll == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scroll.getContent().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }

    private void shoot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
