package dev.gavel.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.gavel.app.fx.Dialogs;
import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FxStage;
import dev.gavel.app.task.FxUiExecutor;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.SettingsChange;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.SettingsHistoryDao;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
class GuildSettingsViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final FxUiExecutor executor = new FxUiExecutor(2);
    private ConsoleSession session;
    private DemoSummary demo;
    private GuildSettingsPage page;

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @AfterEach
    void close() {
        executor.close();
        session.close();
    }

    private void mount(FxRobot robot) {
        demo = DemoFixture.create(dir.resolve("demo.db"));
        session = DemoFixture.offline(dir.resolve("demo.db"));
        Dialogs refuseAll = new Dialogs() {
            @Override
            public boolean confirm(Node owner, String title, String question, String yes) {
                return false;
            }

            @Override
            public void showText(Node owner, String title, String text) {
            }
        };
        page = new GuildSettingsPage(executor, () -> new SettingsAccess(session), (guild, settings) -> { }, refuseAll);
        FxStage.mount(robot, stage, Theme.LIGHT, () -> (Parent) page.root());
        robot.interact(() -> page.open(new GuildScope(demo.guildId(), demo.guildName(), GuildSettings.empty(),
                session.store().statistics(), LiveSignal.NONE, "demo.db", false, null, false)));
        FxStage.waitUntil("the settings to load", () -> !page.viewModel().busyProperty().get()
                && page.viewModel().modLogProperty().get() != null);
    }

    private int historyRows() {
        List<SettingsChange> rows = session.store().store().read(SettingsHistoryDao.class, dao -> dao.listByGuild(demo.guildId()));
        return rows.size();
    }

    private static void retype(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    @Test
    @DisplayName("a word typed for a threshold is refused under the field, and nothing is saved")
    void refusesInvalid(FxRobot robot) {
        mount(robot);
        int before = historyRows();

        retype(robot, "#threshold-TOP_LIMIT", "many");
        robot.clickOn("#save");
        FxStage.waitUntil("the refusal", () -> robot.lookup("#threshold-TOP_LIMITError").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#threshold-TOP_LIMITError").queryAs(Label.class).getText()).startsWith("A whole number");
        assertThat(robot.lookup("#settingsMessage").queryAs(Label.class).getText()).startsWith("Nothing was saved");
        assertThat(historyRows()).isEqualTo(before);
    }

    @Test
    @DisplayName("a valid change saved with the keyboard shows in the history as a readable diff")
    void savesAndShowsDiff(FxRobot robot) {
        mount(robot);
        int before = historyRows();

        retype(robot, "#threshold-TOP_LIMIT", "50");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxStage.waitUntil("the save", () -> "Saved.".equals(robot.lookup("#settingsMessage").queryAs(Label.class).getText()));

        assertThat(historyRows()).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        ListView<HistoryEntry> history = robot.lookup("#history").queryAs(ListView.class);
        assertThat(history.getItems().get(0).lines()).extracting(HistoryEntry.Line::text)
                .containsExactly("Top participants shown: 100 → 50");
        assertThat(robot.lookup("Top participants shown: 100 → 50").tryQuery()).isPresent();
    }
}
