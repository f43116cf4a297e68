package dev.gavel.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.live.ConnectionStatus.Backfill;
import dev.gavel.app.live.LiveGuild;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FakeLive;
import dev.gavel.app.support.RecordingPage;
import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.GuildDao;
import dev.gavel.store.Store;
import dev.gavel.store.original.OriginalDatabaseFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final RecordingPage overview = new RecordingPage("Overview", "Shortcut+1");
    private final RecordingPage settings = new RecordingPage("Settings", "Shortcut+Comma");

    @Test
    @DisplayName("the store's guilds are listed by name, the first is shown on the first page with its settings and statistics")
    void opensFirstGuild() {
        DemoSummary demo = DemoFixture.createWithSecondGuild(dir.resolve("demo.db"));
        ConsoleSession session = DemoFixture.offline(dir.resolve("demo.db"));
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview, settings));
        shell.start();

        assertThat(shell.guilds()).extracting(GuildItem::name)
                .containsExactlyInAnyOrder(demo.guildName(), DemoFixture.SECOND_GUILD_NAME);
        GuildItem first = shell.guilds().get(0);
        assertThat(shell.selectedGuildProperty().get()).isEqualTo(first);
        assertThat(shell.currentPageProperty().get()).isSameAs(overview);
        assertThat(overview.calls).containsExactly("open " + first.id());
        GuildScope scope = overview.lastScope;
        assertThat(scope.guildName()).isEqualTo(first.name());
        assertThat(scope.statistics()).isSameAs(session.store().statistics());
        assertThat(scope.storeName()).isEqualTo("demo.db");
        assertThat(scope.readOnly()).isFalse();
        assertThat(scope.live()).isFalse();
        assertThat(shell.bannerProperty().get()).isNull();
        assertThat(shell.statusBar().connectionProperty().get()).isEqualTo("offline: demo.db");
        assertThat(shell.title()).isEqualTo("Gavel — demo.db — " + first.name());
        shell.close();
        session.close();
    }

    @Test
    @DisplayName("switching guild re-opens the page shown with the other guild; switching page closes the one left")
    void switchesGuildAndPage() {
        DemoSummary demo = DemoFixture.createWithSecondGuild(dir.resolve("demo.db"));
        ConsoleSession session = DemoFixture.offline(dir.resolve("demo.db"));
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview, settings));
        shell.start();
        GuildItem second = shell.guilds().stream().filter(g -> g.id().equals(DemoFixture.SECOND_GUILD_ID)).findFirst().orElseThrow();
        GuildItem demoGuild = shell.guilds().stream().filter(g -> g.id().equals(demo.guildId())).findFirst().orElseThrow();

        shell.selectGuild(second);
        shell.selectGuild(demoGuild);
        assertThat(overview.lastScope.guildId()).isEqualTo(demo.guildId());
        shell.selectGuild(second);
        assertThat(overview.lastScope.settings().timeZone()).isEqualTo("Europe/Berlin");

        shell.showPage(shell.pageFor(settings.shortcut()));
        assertThat(overview.calls).last().isEqualTo("close");
        assertThat(settings.calls).containsExactly("open " + DemoFixture.SECOND_GUILD_ID);
        shell.close();
        assertThat(settings.calls).last().isEqualTo("close");
        session.close();
    }

    @Test
    @DisplayName("saved settings reach the other pages when they are shown next")
    void settingsSaved() {
        DemoFixture.create(dir.resolve("demo.db"));
        ConsoleSession session = DemoFixture.offline(dir.resolve("demo.db"));
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview, settings));
        shell.start();
        GuildScope before = shell.scopeProperty().get();
        shell.settingsSaved(before.guildId(), new dev.gavel.core.model.GuildSettings(null, null, null, null, List.of(),
                List.of(), "Asia/Tokyo", null, Map.of()));
        shell.showPage(settings);
        assertThat(settings.lastScope.settings().timeZone()).isEqualTo("Asia/Tokyo");
        session.close();
    }

    @Test
    @DisplayName("two pages with the same shortcut are refused when the shell is built")
    void distinctShortcuts() {
        DemoFixture.create(dir.resolve("demo.db"));
        ConsoleSession session = DemoFixture.offline(dir.resolve("demo.db"));
        RecordingPage clash = new RecordingPage("Clash", "Shortcut+1");
        assertThatThrownBy(() -> new ShellViewModel(new DirectUiExecutor(), session, List.of(overview, clash)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Clash");
        session.close();
    }

    @Test
    @DisplayName("settings that cannot be read are named in a banner and the pages get the defaults")
    void malformedSettings() {
        DemoSummary demo = DemoFixture.create(dir.resolve("demo.db"));
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            store.write(tx -> {
                tx.dao(GuildDao.class).saveSettingsJson(demo.guildId(), "{\"thresholds\": 7}");
                return null;
            }).join();
        }
        ConsoleSession session = DemoFixture.offline(dir.resolve("demo.db"));
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview));
        shell.start();
        assertThat(shell.settingsProblemProperty().get()).contains("cannot be read").contains("thresholds")
                .contains("Guild settings");
        assertThat(overview.lastScope.settings().thresholds().topLimit()).isEqualTo(100);
        session.close();
    }

    @Test
    @DisplayName("a database of the original bot shows a read-only banner and read-only scopes")
    void originalStore() {
        Path file = OriginalDatabaseFixture.latest().guild("100", "{}").writeTo(dir.resolve("bot.sqlite3"));
        ConsoleSession session = DemoFixture.offline(file);
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview));
        shell.start();
        assertThat(shell.bannerProperty().get()).contains("original bot").contains("read-only");
        assertThat(overview.lastScope.readOnly()).isTrue();
        assertThat(overview.lastScope.readOnlyWhy()).isEqualTo(shell.bannerProperty().get());
        session.close();
    }

    @Test
    @DisplayName("a store with no guild says so instead of showing pages")
    void emptyStore() {
        OpenStore store = DemoFixture.open(dir.resolve("new.db"));
        ConsoleSession session = ConsoleSession.offline(store);
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview));
        shell.start();
        assertThat(shell.guilds()).isEmpty();
        assertThat(shell.emptyMessageProperty().get()).contains("new.db holds no guild yet");
        assertThat(overview.calls).isEmpty();
        session.close();
    }

    @Test
    @DisplayName("live: the status bar follows the bot, a guild it joins appears, and the backfill can be cancelled")
    void live() {
        DemoSummary demo = DemoFixture.create(dir.resolve("demo.db"));
        OpenStore store = DemoFixture.open(dir.resolve("demo.db"));
        FakeLive live = new FakeLive(store, new ConnectionStatus(ConnectionStatus.State.CONNECTING, "Connecting to Discord.", 0,
                null, List.of()), Map.of());
        ConsoleSession session = new ConsoleSession(store, live);
        ShellViewModel shell = new ShellViewModel(new DirectUiExecutor(), session, List.of(overview));
        shell.start();
        assertThat(shell.statusBar().connectionProperty().get()).isEqualTo("connecting: demo.db");

        live.publish(new ConnectionStatus(ConnectionStatus.State.CONNECTED, null, 1234, new Backfill(3, 12, 4500, true, false),
                List.of(new LiveGuild(demo.guildId(), "Renamed Guild", null), new LiveGuild("42", "New Guild", null))));
        StatusBarViewModel bar = shell.statusBar();
        assertThat(bar.connectionProperty().get()).isEqualTo("connected as Gavel Bot: recording into demo.db");
        assertThat(bar.eventsProperty().get()).isEqualTo("1,234 events recorded");
        assertThat(bar.backfillProperty().get()).isEqualTo("Backfill: 3 of 12 channels, 4,500 messages fetched");
        assertThat(bar.backfillProgressProperty().get()).isEqualTo(0.25);
        assertThat(shell.guilds()).extracting(GuildItem::name).containsExactly("Renamed Guild", "New Guild");
        assertThat(overview.lastScope.live()).isTrue();
        bar.cancelBackfill();
        assertThat(live.backfillCancelled).isTrue();

        live.publish(new ConnectionStatus(ConnectionStatus.State.RESUMING, "The connection to Discord was lost; reconnecting.",
                1300, null, List.of()));
        assertThat(bar.connectionProperty().get()).isEqualTo("resuming: The connection to Discord was lost; reconnecting.");
        assertThat(bar.backfillRunningProperty().get()).isFalse();
        shell.close();
        live.publish(new ConnectionStatus(ConnectionStatus.State.OFFLINE, "Stopped.", 1300, null, List.of()));
        assertThat(bar.connectionProperty().get()).startsWith("resuming");
        session.close();
        assertThat(live.disconnected).isTrue();
    }
}
