package dev.gavel.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.live.LiveConnector;
import dev.gavel.app.live.TokenKeeper;
import dev.gavel.app.live.VaultTokenKeeper;
import dev.gavel.app.prefs.ConsolePreferences;
import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.prefs.PreferencesKeeper;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FakeLive;
import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.demo.DemoStore;
import dev.gavel.discord.TokenVault;
import dev.gavel.store.original.OriginalDatabaseFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartViewModelTest {

    private static final String BAD_TOKEN_SENTENCE = "Discord rejected the bot token. Copy it again from the Bot page.";

    @TempDir
    Path dir;

    private final List<ConsoleSession> opened = new ArrayList<>();
    private final List<String> demoSteps = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private PreferencesKeeper preferences;
    private int demosMade;

    @AfterEach
    void closeSessions() {
        opened.forEach(ConsoleSession::close);
    }

    private StartViewModel viewModel(TokenKeeper tokens, LiveConnector connector, SetupGuide.Browser browser) {
        DirectUiExecutor executor = new DirectUiExecutor();
        preferences = new PreferencesKeeper(new PreferencesFile(dir.resolve("config")), executor,
                new PreferencesFile(dir.resolve("config")).load());
        DemoMaker demo = (file, progress, cancelled) -> {
            demosMade++;
            return DemoStore.create(file, DemoFixture.SMALL, false, (step, done, total) -> {
                if (!demoSteps.contains(step)) {
                    demoSteps.add(step);
                }
                progress.update(step, done, total);
            }, cancelled);
        };
        return new StartViewModel(executor, new StoreOpener(java.time.Clock.systemUTC()), demo, dir.resolve("data/demo.db"),
                dir.resolve("data/gavel.db"), preferences, tokens, connector, new SetupGuide(URI.create("https://example.org/guide"),
                browser), copied::add, opened::add);
    }

    private static TokenKeeper noKeychain() {
        return new VaultTokenKeeper(() -> new TokenVault(null, Map.of()));
    }

    private StartViewModel offlineViewModel() {
        return viewModel(noKeychain(), (store, token) -> {
            throw new AssertionError("no connection expected");
        }, address -> true);
    }

    @Test
    @DisplayName("opening a store file hands an offline session on and puts the file first in the recent stores")
    void opensStore() {
        Path file = dir.resolve("mine.db");
        DemoFixture.create(file);
        StartViewModel start = offlineViewModel();

        start.open(file);

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).isLive()).isFalse();
        assertThat(opened.get(0).store().file()).isEqualTo(file.toAbsolutePath());
        assertThat(start.busyProperty().get()).isFalse();
        assertThat(start.openErrorProperty().get()).isNull();
        assertThat(preferences.get().recentStores()).containsExactly(file.toAbsolutePath().toString());
        assertThat(new PreferencesFile(dir.resolve("config")).load().recentStores()).containsExactly(file.toAbsolutePath().toString());
    }

    @Test
    @DisplayName("a missing file and a file that is no store are refused with a sentence naming them, and left as they were")
    void refusesBadFiles() throws Exception {
        StartViewModel start = offlineViewModel();
        start.open(dir.resolve("nothing.db"));
        assertThat(start.openErrorProperty().get()).contains("nothing.db").contains("does not exist");

        Path text = Files.writeString(dir.resolve("notes.db"), "shopping list");
        start.open(text);
        assertThat(start.openErrorProperty().get()).contains("notes.db");
        assertThat(Files.readString(text)).isEqualTo("shopping list");
        assertThat(opened).isEmpty();
        assertThat(start.busyProperty().get()).isFalse();
    }

    @Test
    @DisplayName("a database of the original bot opens read-only, with the reason to show")
    void opensOriginal() {
        Path file = OriginalDatabaseFixture.latest().guild("1", "{}").writeTo(dir.resolve("bot.sqlite3"));
        offlineViewModel().open(file);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).store().isReadOnly()).isTrue();
        assertThat(opened.get(0).store().readOnlyWhy()).contains("original bot");
    }

    @Test
    @DisplayName("the demo is made once with progress, then reopened without being made again")
    void demo() {
        StartViewModel start = offlineViewModel();
        start.openDemo();
        assertThat(demosMade).isEqualTo(1);
        assertThat(demoSteps).isNotEmpty();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).store().file()).isEqualTo(dir.resolve("data/demo.db"));
        assertThat(start.demoExists()).isTrue();

        start.openDemo();
        assertThat(demosMade).isEqualTo(1);
        assertThat(opened).hasSize(2);
    }

    @Test
    @DisplayName("recent stores whose file is gone show as missing and can be removed from the list")
    void recentStores() throws Exception {
        Path kept = dir.resolve("kept.db");
        DemoFixture.create(kept);
        Path gone = dir.resolve("gone.db");
        new PreferencesFile(dir.resolve("config")).save(ConsolePreferences.defaults()
                .withRecentStore(gone.toString()).withRecentStore(kept.toString()));
        StartViewModel start = offlineViewModel();

        assertThat(start.recentStores()).containsExactly(new RecentStore(kept, true), new RecentStore(gone, false));
        start.removeRecent(start.recentStores().get(1));
        assertThat(start.recentStores()).containsExactly(new RecentStore(kept, true));
        assertThat(preferences.get().recentStores()).containsExactly(kept.toString());

        start.openRecent(start.recentStores().get(0));
        assertThat(opened).hasSize(1);
    }

    @Test
    @DisplayName("an early-opened store (started before the window showed) is handed on when it is ready")
    void awaitsEarlyOpening() {
        Path file = dir.resolve("early.db");
        DemoFixture.create(file);
        StartViewModel start = offlineViewModel();
        start.await(file, CompletableFuture.completedFuture(DemoFixture.open(file)));
        assertThat(opened).hasSize(1);

        start.await(file, CompletableFuture.failedFuture(new UserFacingException("early.db is damaged.")));
        assertThat(start.openErrorProperty().get()).isEqualTo("early.db is damaged.");
    }

    @Test
    @DisplayName("a refused login shows the connector's sentence beside the token field, and the store is closed again")
    void loginRefused() {
        List<String> tokensTried = new ArrayList<>();
        LiveConnector refusing = (store, token) -> {
            tokensTried.add(token);
            throw new UserFacingException(BAD_TOKEN_SENTENCE);
        };
        StartViewModel start = viewModel(noKeychain(), refusing, address -> true);
        start.tokenProperty().set("  wrong.token  ");
        start.connect();

        assertThat(start.loginErrorProperty().get()).isEqualTo(BAD_TOKEN_SENTENCE);
        assertThat(tokensTried).containsExactly("wrong.token");
        assertThat(opened).isEmpty();
        assertThat(start.busyProperty().get()).isFalse();
        // the store made for recording was closed: it can be opened (and deleted) again
        offlineViewModel().open(dir.resolve("data/gavel.db"));
        assertThat(opened).hasSize(1);
    }

    @Test
    @DisplayName("a successful login opens a live session on the target store; the token is remembered when asked and the field cleared")
    void loginAccepted() {
        RememberingKeeper keeper = new RememberingKeeper();
        LiveConnector connector = (store, token) -> new FakeLive(store,
                new ConnectionStatus(ConnectionStatus.State.CONNECTED, null, 0, null, List.of()), Map.of());
        StartViewModel start = viewModel(keeper, connector, address -> true);
        assertThat(start.keychainAvailableProperty().get()).isTrue();
        assertThat(start.noteProperty().get()).contains("does not exist yet");
        start.tokenProperty().set("good.token");
        start.rememberTokenProperty().set(true);
        start.connect();

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).isLive()).isTrue();
        assertThat(opened.get(0).store().file()).isEqualTo(dir.resolve("data/gavel.db"));
        assertThat(keeper.kept).isEqualTo("good.token");
        assertThat(start.tokenProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("with a token kept in the keychain, an empty field connects with it")
    void rememberedToken() {
        RememberingKeeper keeper = new RememberingKeeper();
        keeper.kept = "kept.token";
        List<String> tokensTried = new ArrayList<>();
        LiveConnector connector = (store, token) -> {
            tokensTried.add(token);
            return new FakeLive(store, new ConnectionStatus(ConnectionStatus.State.CONNECTED, null, 0, null, List.of()), Map.of());
        };
        StartViewModel start = viewModel(keeper, connector, address -> true);
        assertThat(start.tokenRememberedProperty().get()).isTrue();
        start.connect();
        assertThat(tokensTried).containsExactly("kept.token");
    }

    @Test
    @DisplayName("the setup guide opens in the browser; with no browser its address is copied and a note says so")
    void setupGuide() {
        List<URI> browsed = new ArrayList<>();
        StartViewModel withBrowser = viewModel(noKeychain(), null, address -> browsed.add(address));
        withBrowser.openSetupGuide();
        assertThat(browsed).containsExactly(URI.create("https://example.org/guide"));
        assertThat(withBrowser.guideNoteProperty().get()).isNull();

        StartViewModel headless = viewModel(noKeychain(), null, address -> false);
        headless.openSetupGuide();
        assertThat(copied).containsExactly("https://example.org/guide");
        assertThat(headless.guideNoteProperty().get()).contains("copied").contains("https://example.org/guide");
    }

    /** A keychain that works, in memory. */
    private static final class RememberingKeeper implements TokenKeeper {
        String kept;

        @Override
        public boolean canRemember() {
            return true;
        }

        @Override
        public Optional<String> remembered() {
            return Optional.ofNullable(kept);
        }

        @Override
        public void remember(String token) {
            kept = token;
        }

        @Override
        public void holdForThisRun(String token) {
            kept = null;
        }
    }
}
