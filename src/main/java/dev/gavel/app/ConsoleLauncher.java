package dev.gavel.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.gavel.app.prefs.ConsolePreferences;
import dev.gavel.app.prefs.PreferencesFile;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.core.AppPaths;
import dev.gavel.core.UserFacingException;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.TokenVault;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the console from the command line: JavaFX through {@link Platform#startup} (this class
 * does not extend {@code Application}, which JavaFX refuses on the class path), the store opening
 * beside the toolkit's start, the window shown as soon as the toolkit is up. Returns when the
 * window is closed.
 */
public final class ConsoleLauncher {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLauncher.class);

    private final AppPaths paths;
    private final Map<String, String> environment;
    private final java.util.function.Supplier<TokenVault> tokenVault;

    /**
     * @param environment the process's environment (the Discord endpoints' overrides, {@code GAVEL_TOKEN})
     * @param tokenVault  makes the token vault (asked off the JavaFX thread: finding the keychain can take a moment)
     */
    public ConsoleLauncher(AppPaths paths, Map<String, String> environment, java.util.function.Supplier<TokenVault> tokenVault) {
        this.paths = paths;
        this.environment = Map.copyOf(environment);
        this.tokenVault = tokenVault;
    }

    /**
     * Opens the console on {@code requestedStore} (null: the default store) and waits until its
     * window is closed. A store that exists is opened at once (in the background); otherwise the
     * start screen shows, and connecting records into that file.
     *
     * @throws UserFacingException when no window can be opened (no display)
     */
    public void launch(Path requestedStore) {
        Path target = (requestedStore != null ? requestedStore : paths.defaultStore()).toAbsolutePath();
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(environment);
        Clock clock = Clock.systemDefaultZone();
        StoreOpener opener = new StoreOpener(clock);
        CompletableFuture<OpenStore> opening = Files.exists(target)
                ? CompletableFuture.supplyAsync(() -> opener.open(target), runnable -> daemon(runnable, "gavel-open-store").start())
                : null;
        // Read beside the toolkit's start too: the first JSON read costs a few hundred milliseconds.
        CompletableFuture<ConsolePreferences> preferences = CompletableFuture.supplyAsync(
                () -> new PreferencesFile(paths.configDir()).load(), runnable -> daemon(runnable, "gavel-read-settings").start());
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                try {
                    Platform.setImplicitExit(false);
                    new ConsoleRoot(paths, clock, opener, endpoints, tokenVault, preferences.join(), target, opening,
                            () -> closed.complete(null))
                            .show(new Stage());
                } catch (RuntimeException | LinkageError e) {
                    closed.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            discard(opening);
            log.error("The JavaFX toolkit did not start", e);
            throw new UserFacingException("The console cannot open a window (" + e.getMessage() + "). Run it on a desktop, "
                    + "or use the commands that need no window (gavel --help).", e);
        }
        try {
            closed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            discard(opening);
            throw new IllegalStateException("The console failed to start", e.getCause());
        } finally {
            Platform.exit();
        }
    }

    private static void discard(CompletableFuture<OpenStore> opening) {
        if (opening != null) {
            opening.thenAccept(OpenStore::close).exceptionally(failure -> {
                log.debug("The store that was opening could not be opened either", failure instanceof CompletionException
                        ? failure.getCause() : failure);
                return null;
            });
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
