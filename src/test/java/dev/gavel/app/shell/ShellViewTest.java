package dev.gavel.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FxStage;
import dev.gavel.app.support.RecordingPage;
import dev.gavel.app.task.FxUiExecutor;
import dev.gavel.demo.DemoSummary;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final FxUiExecutor executor = new FxUiExecutor(2);
    private ConsoleSession session;

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @AfterEach
    void close() {
        executor.close();
        session.close();
    }

    @Test
    @DisplayName("picking another guild shows it on the page; a page's shortcut switches to it; the status bar says offline")
    void switchesGuilds(FxRobot robot) {
        DemoSummary demo = DemoFixture.createWithSecondGuild(dir.resolve("demo.db"));
        session = DemoFixture.offline(dir.resolve("demo.db"));
        RecordingPage overview = new RecordingPage("Overview", "Shortcut+1");
        RecordingPage other = new RecordingPage("Other", "Shortcut+2");
        ShellViewModel viewModel = new ShellViewModel(executor, session, List.of(overview, other));
        ShellActions actions = new ShellActions() {
            private final SimpleBooleanProperty dark = new SimpleBooleanProperty();

            @Override
            public void openStore() {
            }

            @Override
            public void openDemo() {
            }

            @Override
            public void closeStore() {
            }

            @Override
            public void quit() {
            }

            @Override
            public void openSetupGuide() {
            }

            @Override
            public void showAbout() {
            }

            @Override
            public SimpleBooleanProperty darkThemeProperty() {
                return dark;
            }
        };
        FxStage.mount(robot, stage, Theme.LIGHT, () -> new ShellView(viewModel, actions, new GuildIcons(), () -> null).root());
        robot.interact(viewModel::start);
        FxStage.waitUntil("the first guild", () -> overview.lastScope != null);
        String first = overview.lastScope.guildName();
        String second = first.equals(demo.guildName()) ? DemoFixture.SECOND_GUILD_NAME : demo.guildName();

        robot.clickOn("#guildPicker");
        robot.clickOn(second);
        FxStage.waitUntil("the other guild", () -> second.equals(overview.lastScope.guildName()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxStage.waitUntil("the other page", () -> other.lastScope != null);
        assertThat(other.lastScope.guildName()).isEqualTo(second);
        assertThat(robot.lookup("#page-Other").tryQuery()).isPresent();
        assertThat(overview.calls).last().isEqualTo("close");
        assertThat(robot.lookup("#connectionStatus").queryAs(Label.class).getText()).isEqualTo("offline: demo.db");
        assertThat(robot.lookup("#storeBanner").query().isVisible()).isFalse();
    }
}
