package dev.gavel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FxStage;
import dev.gavel.core.AppPaths;
import dev.gavel.demo.DemoSummary;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.TokenVault;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one whole-console journey: start screen → demo → shell → guild settings → back to the start screen. */
@ExtendWith(ApplicationExtension.class)
class ConsoleJourneyTest {

    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @Test
    @DisplayName("from the start screen the demo opens in the shell, the settings page shows its guild, and closing the store returns")
    void startToShell(FxRobot robot) {
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("config"), home.resolve("logs"));
        DemoSummary demo = DemoFixture.create(paths.dataDir().resolve("demo.db"));
        boolean[] closed = new boolean[1];
        robot.interact(() -> new ConsoleRoot(paths, Clock.systemUTC(), new StoreOpener(Clock.systemUTC()),
                DiscordEndpoints.discord(), () -> new TokenVault(null, Map.of()), new PreferencesFile(paths.configDir()).load(),
                    paths.defaultStore(), null,
                () -> closed[0] = true).show(stage));
        FxStage.waitUntil("the start screen", () -> robot.lookup("#openDemo").tryQuery().isPresent());
        assertThat(robot.lookup("#connectNote").queryAs(Label.class).getText()).contains("does not exist yet");

        robot.clickOn("#openDemo");
        FxStage.waitUntil("the shell", () -> robot.lookup("#shell").tryQuery().isPresent()
                && robot.lookup("#guildPicker").queryAs(ComboBox.class).getValue() != null);
        assertThat(stage.getTitle()).isEqualTo("Gavel — demo.db — " + demo.guildName());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        FxStage.waitUntil("the settings of the demo guild", () -> robot.lookup("#modLog").tryQuery().isPresent()
                && robot.lookup("#modLog").queryAs(ComboBox.class).getValue() != null);
        assertThat(robot.lookup("#modLog").queryAs(ComboBox.class).getValue().toString()).startsWith("#mod-log");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        FxStage.waitUntil("the start screen again", () -> robot.lookup("#openDemo").tryQuery().isPresent());
        assertThat(new PreferencesFile(paths.configDir()).load().recentStores())
                .containsExactly(paths.dataDir().resolve("demo.db").toString());
        assertThat(closed[0]).isFalse();
    }
}
