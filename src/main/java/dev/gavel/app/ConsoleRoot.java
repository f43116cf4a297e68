package dev.gavel.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.gavel.app.fx.Dialogs;
import dev.gavel.app.fx.FxDialogs;
import dev.gavel.app.live.LiveConnector;
import dev.gavel.app.live.RuntimeConnector;
import dev.gavel.app.live.TokenKeeper;
import dev.gavel.app.live.VaultTokenKeeper;
import dev.gavel.app.prefs.ConsolePreferences;
import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.prefs.ConsolePreferences.WindowBounds;
import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.prefs.PreferencesKeeper;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.settings.GuildSettingsPage;
import dev.gavel.app.stats.FileSaver;
import dev.gavel.app.stats.StatisticsPages;
import dev.gavel.app.settings.SettingsAccess;
import dev.gavel.app.shell.AboutInfo;
import dev.gavel.app.shell.GuildIcons;
import dev.gavel.app.shell.Page;
import dev.gavel.app.shell.ShellActions;
import dev.gavel.app.shell.ShellView;
import dev.gavel.app.shell.ShellViewModel;
import dev.gavel.app.start.DemoMaker;
import dev.gavel.app.start.SetupGuide;
import dev.gavel.app.start.StartView;
import dev.gavel.app.start.StartViewModel;
import dev.gavel.app.start.StoreFileChooser;
import dev.gavel.app.start.TextCopier;
import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.FxUiExecutor;
import dev.gavel.app.theme.ThemeManager;
import dev.gavel.core.AppPaths;
import dev.gavel.core.Version;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.RuntimeSettings;
import dev.gavel.discord.TokenVault;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's composition root: every service is built here, once, and handed on by
 * constructor. It switches the window between the start screen and the shell of an open session.
 */
final class ConsoleRoot {

    /**
     * The bot setup guide. Discord's own getting-started guide until the project's README (its
     * "Running the bot" section) has a public address to point at.
     */
    static final URI SETUP_GUIDE = URI.create("https://discord.com/developers/docs/quick-start/getting-started");

    private static final Logger log = LoggerFactory.getLogger(ConsoleRoot.class);
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 800;

    private final AppPaths paths;
    private final Clock clock;
    private final StoreOpener opener;
    private final Path targetStore;
    private final CompletableFuture<OpenStore> opening;
    private final Runnable onClosed;

    private final FxUiExecutor executor;
    private final PreferencesKeeper preferences;
    private final ThemeManager themes;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final GuildIcons icons = new GuildIcons();
    private final Dialogs dialogs = new FxDialogs();
    private final SetupGuide guide = new SetupGuide(SETUP_GUIDE, SetupGuide.desktopBrowser());
    private final TokenKeeper tokens;
    private final LiveConnector connector;
    private final StoreFileChooser fileChooser = StoreFileChooser.system();
    private final List<Page> pages;

    private Stage stage;
    private Scene scene;
    private ConsoleSession session;
    private ShellViewModel shell;
    private ShellView shellView;

    ConsoleRoot(AppPaths paths, Clock clock, StoreOpener opener, DiscordEndpoints endpoints,
                java.util.function.Supplier<TokenVault> tokenVault, ConsolePreferences loaded, Path targetStore,
                CompletableFuture<OpenStore> opening, Runnable onClosed) {
        this.paths = paths;
        this.clock = clock;
        this.opener = opener;
        this.targetStore = targetStore;
        this.opening = opening;
        this.onClosed = onClosed;
        this.executor = new FxUiExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.preferences = new PreferencesKeeper(new PreferencesFile(paths.configDir()), executor, loaded);
        this.themes = new ThemeManager(loaded.theme());
        darkTheme.set(loaded.theme() == Theme.DARK);
        darkTheme.addListener((observable, was, dark) -> {
            Theme theme = dark ? Theme.DARK : Theme.LIGHT;
            themes.themeProperty().set(theme);
            preferences.update(p -> p.withTheme(theme));
        });
        this.tokens = new VaultTokenKeeper(tokenVault);
        this.connector = new RuntimeConnector(new JdaFactory(endpoints), RuntimeSettings.DEFAULT, new MessageMetricsCalculator(),
                clock, executor);
        this.pages = pages();
    }

    /**
     * The pages of the shell's navigation, in the order of their shortcuts (Ctrl+1, Ctrl+2, …); the
     * first is shown when a store opens.
     */
    private List<Page> pages() {
        List<Page> all = new ArrayList<>(StatisticsPages.create(executor, clock, FileSaver.withFileChooser()));
        all.add(new GuildSettingsPage(executor, () -> new SettingsAccess(session), this::settingsSaved, dialogs));
        return all;
    }

    void show(Stage window) {
        this.stage = window;
        scene = new Scene(new StackPane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        themes.register(scene);
        stage.setScene(scene);
        stage.setTitle("Gavel");
        placeWindow();
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        StartViewModel start = showStart();
        stage.show();
        ProcessHandle.current().info().startInstant().ifPresent(started -> log.info("The window shows {} ms after the program started",
                java.time.Duration.between(started, java.time.Instant.now()).toMillis()));
        if (opening != null) {
            start.await(targetStore, opening);
        }
    }

    private StartViewModel showStart() {
        StartViewModel start = new StartViewModel(executor, opener, demoMaker(), paths.dataDir().resolve("demo.db"),
                targetStore, preferences, tokens, connector, guide, copier(), this::showShell);
        scene.setRoot((Parent) new StartView(start, fileChooser).root());
        stage.setTitle("Gavel");
        return start;
    }

    private void showShell(ConsoleSession opened) {
        session = opened;
        shell = new ShellViewModel(executor, opened, pages);
        shellView = new ShellView(shell, actions(), icons, this::about);
        scene.setRoot(shellView.root());
        stage.setTitle(shell.title());
        shell.selectedGuildProperty().addListener((observable, was, now) -> stage.setTitle(shell.title()));
        shell.start();
    }

    private ShellActions actions() {
        return new ShellActions() {
            @Override
            public void openStore() {
                Path chosen = fileChooser.choose(stage);
                if (chosen != null) {
                    leaveSession(start -> start.open(chosen));
                }
            }

            @Override
            public void openDemo() {
                leaveSession(StartViewModel::openDemo);
            }

            @Override
            public void closeStore() {
                leaveSession(start -> { });
            }

            @Override
            public void quit() {
                ConsoleRoot.this.quit();
            }

            @Override
            public void openSetupGuide() {
                executor.submit(BackgroundTask.of("Opening the setup guide", progress -> guide.open())
                        .onSuccess(opened -> {
                            if (!opened) {
                                guideCopied("no browser could be opened from here");
                            }
                        })
                        .onFailure(e -> guideCopied("the browser could not be opened: " + e.getMessage())));
            }

            @Override
            public void showAbout() {
                shellView.showAbout();
            }

            @Override
            public BooleanProperty darkThemeProperty() {
                return darkTheme;
            }
        };
    }

    private void guideCopied(String why) {
        copier().copy(guide.address().toString());
        dialogs.showText(scene.getRoot(), "Bot setup guide", "The setup guide's address was copied to the clipboard ("
                + why + "). Paste it into a browser:\n\n" + guide.address());
    }

    /** True when no background task is running or queued (for tests and screenshots that wait for a quiet window). */
    boolean isIdle() {
        return executor.runningProperty().get() == 0;
    }

    private AboutInfo about() {
        return new AboutInfo(Version.current(), session == null ? null : session.store().file(),
                paths.logDir().resolve("gavel.log"), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
    }

    private void settingsSaved(String guildId, dev.gavel.core.model.GuildSettings settings) {
        if (shell != null) {
            shell.settingsSaved(guildId, settings);
        }
    }

    /** Leaves the shell for the start screen, closing the session in the background first. */
    private void leaveSession(java.util.function.Consumer<StartViewModel> then) {
        ConsoleSession leaving = session;
        if (shell != null) {
            shell.close();
            shell = null;
            shellView = null;
        }
        session = null;
        StartViewModel start = showStart();
        if (leaving == null) {
            then.accept(start);
            return;
        }
        executor.submit(BackgroundTask.of("Closing " + leaving.store().name(), progress -> {
            leaving.close();
            return null;
        }).onSuccess(done -> then.accept(start)).onFailure(e -> {
            log.error("The store {} did not close cleanly", leaving.store().file(), e);
            then.accept(start);
        }));
    }

    private void quit() {
        rememberWindow();
        if (shell != null) {
            shell.close();
        }
        stage.hide();
        ConsoleSession leaving = session;
        session = null;
        Thread closer = new Thread(() -> {
            try {
                if (leaving != null) {
                    leaving.close();
                }
            } catch (RuntimeException e) {
                log.error("The store did not close cleanly", e);
            } finally {
                executor.close();
                onClosed.run();
            }
        }, "gavel-console-close");
        closer.start();
    }

    private void rememberWindow() {
        WindowBounds bounds = stage.isMaximized()
                ? preferences.get().window() == null ? null : withMaximized(preferences.get().window())
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        ConsolePreferences updated = preferences.get().withWindow(bounds);
        preferences.update(p -> updated);
        try {
            preferences.saveNow();
        } catch (IOException e) {
            log.warn("The console's settings could not be saved: {}", e.toString());
        }
    }

    private static WindowBounds withMaximized(WindowBounds b) {
        return new WindowBounds(b.x(), b.y(), b.width(), b.height(), true);
    }

    private void placeWindow() {
        WindowBounds bounds = preferences.get().window();
        List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        if (WindowPlacement.isVisible(bounds, screens)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        }
    }

    private DemoMaker demoMaker() {
        return (file, progress, cancelled) -> DemoStore.create(file, new DemoOptions(DemoOptions.DEFAULT_SEED,
                DemoOptions.DEFAULT_DAYS, DemoOptions.defaultMembers(DemoOptions.DEFAULT_MESSAGES), DemoOptions.DEFAULT_MESSAGES,
                LocalDate.now(clock)), false, progress, cancelled);
    }

    private static TextCopier copier() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
