package dev.gavel.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gavel.app.live.LiveConnector;
import dev.gavel.app.live.RuntimeConnector;
import dev.gavel.app.live.VaultTokenKeeper;
import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.prefs.PreferencesKeeper;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FxStage;
import dev.gavel.app.task.FxUiExecutor;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.RuntimeSettings;
import dev.gavel.discord.TokenVault;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start screen's three ways in, each through the real parts: a store file, the demo, a token against the fake Discord. */
@ExtendWith({ApplicationExtension.class, FakeDiscordExtension.class})
class StartViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final List<ConsoleSession> opened = new CopyOnWriteArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor(2);

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @AfterEach
    void close() {
        opened.forEach(ConsoleSession::close);
        executor.close();
    }

    private void mount(FxRobot robot, DemoMaker demo, LiveConnector connector, StoreFileChooser chooser) {
        PreferencesFile file = new PreferencesFile(dir.resolve("config"));
        FxStage.mount(robot, stage, Theme.LIGHT, () -> {
            StartViewModel viewModel = new StartViewModel(executor, new StoreOpener(Clock.systemUTC()), demo,
                    dir.resolve("data/demo.db"), dir.resolve("data/gavel.db"), new PreferencesKeeper(file, executor, file.load()),
                    new VaultTokenKeeper(() -> new TokenVault(null, Map.of())), connector,
                    new SetupGuide(URI.create("https://example.org/guide"), address -> false), text -> { }, opened::add);
            return (javafx.scene.Parent) new StartView(viewModel, chooser).root();
        });
    }

    private static DemoMaker small() {
        return (file, progress, cancelled) -> DemoStore.create(file, DemoFixture.SMALL, false, progress, cancelled);
    }

    private static LiveConnector fakeDiscord(FakeDiscord fake) {
        return new RuntimeConnector(new JdaFactory(fake.endpoints()), RuntimeSettings.DEFAULT.withLoginTimeout(Duration.ofSeconds(20)),
                new MessageMetricsCalculator(), Clock.systemUTC(), new dev.gavel.app.task.DirectUiExecutor());
    }

    @Test
    @DisplayName("a store chosen in the file dialog opens offline")
    void opensStoreFile(FxRobot robot, FakeDiscord fake) {
        Path store = dir.resolve("copy.db");
        DemoFixture.create(store);
        mount(robot, small(), fakeDiscord(fake), owner -> store);

        robot.clickOn("#openStore");
        FxStage.waitUntil("the store to open", () -> opened.size() == 1);

        assertThat(opened.get(0).store().file()).isEqualTo(store);
        assertThat(opened.get(0).isLive()).isFalse();
    }

    @Test
    @DisplayName("the demo is made with progress and opened")
    void opensDemo(FxRobot robot, FakeDiscord fake) {
        mount(robot, small(), fakeDiscord(fake), owner -> null);

        robot.clickOn("#openDemo");
        FxStage.waitUntil("the demo to open", () -> opened.size() == 1);

        assertThat(opened.get(0).store().file()).isEqualTo(dir.resolve("data/demo.db"));
        assertThat(Files.exists(dir.resolve("data/demo.db"))).isTrue();
    }

    @Test
    @DisplayName("cancelling the demo while it is made stops it and leaves no file")
    void cancelsDemo(FxRobot robot, FakeDiscord fake) {
        DemoMaker large = (file, progress, cancelled) -> DemoStore.create(file,
                new DemoOptions(3, 365, 400, 5_000_000, LocalDate.now(ZoneOffset.UTC)), false, progress, cancelled);
        mount(robot, large, fakeDiscord(fake), owner -> null);

        robot.clickOn("#openDemo");
        FxStage.waitUntil("the messages to be made", () -> robot.lookup("#progressBox").query().isVisible()
                && robot.lookup("#progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() > 0);
        assertThat(robot.lookup("#activity").queryAs(Label.class).getText()).isNotBlank();
        robot.clickOn("#cancel");
        FxStage.waitUntil("the start screen to be free again", () -> !robot.lookup("#progressBox").query().isVisible());

        assertThat(opened).isEmpty();
        assertThat(Files.exists(dir.resolve("data/demo.db"))).isFalse();
        assertThat(robot.lookup("#openError").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    @DisplayName("a wrong token shows Discord's refusal as a sentence beside the field, never the token")
    void wrongToken(FxRobot robot, FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        mount(robot, small(), fakeDiscord(fake), owner -> null);

        robot.clickOn("#token").write("not-" + fake.token());
        robot.clickOn("#connect");
        FxStage.waitUntil("the login to fail", () -> robot.lookup("#loginError").queryAs(Label.class).isVisible());

        String sentence = robot.lookup("#loginError").queryAs(Label.class).getText();
        assertThat(sentence).startsWith("Discord rejected the bot token.").doesNotContain(fake.token());
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#rememberToken").query().isVisible()).isFalse();
    }

    @Test
    @DisplayName("the right token connects the bot, which records into the store; the session is live")
    void connects(FxRobot robot, FakeDiscord fake) {
        fake.addGuild("Reactiflux").addTextChannel("general");
        mount(robot, small(), fakeDiscord(fake), owner -> null);

        robot.clickOn("#token").write(fake.token());
        robot.clickOn("#connect");
        FxStage.waitUntil("the bot to connect", () -> opened.size() == 1);

        ConsoleSession session = opened.get(0);
        assertThat(session.isLive()).isTrue();
        assertThat(session.store().file()).isEqualTo(dir.resolve("data/gavel.db"));
        assertThat(session.live().status().guilds()).extracting(g -> g.name()).containsExactly("Reactiflux");
        assertThat(robot.lookup("#token").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();
    }
}
