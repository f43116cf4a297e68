package dev.gavel.app.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import dev.gavel.app.live.LiveConnection;
import dev.gavel.app.live.LiveConnector;
import dev.gavel.app.live.TokenKeeper;
import dev.gavel.app.prefs.PreferencesKeeper;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.TaskHandle;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.demo.DemoSummary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start screen: connect with a token, open a store file, open the demo, or one of the recent
 * stores. One of these runs at a time, in the background, with progress and cancel; when it
 * succeeds the session goes to {@code onOpened}.
 */
public final class StartViewModel {

    private static final Logger log = LoggerFactory.getLogger(StartViewModel.class);

    private final UiExecutor executor;
    private final StoreOpener opener;
    private final DemoMaker demoMaker;
    private final Path demoFile;
    private final Path targetStore;
    private final PreferencesKeeper preferences;
    private final TokenKeeper tokens;
    private final LiveConnector connector;
    private final SetupGuide guide;
    private final TextCopier copier;
    private final Consumer<ConsoleSession> onOpened;

    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty rememberToken = new SimpleBooleanProperty(this, "rememberToken");
    private final ReadOnlyBooleanWrapper keychainAvailable = new ReadOnlyBooleanWrapper(this, "keychainAvailable");
    private final ReadOnlyBooleanWrapper tokenRemembered = new ReadOnlyBooleanWrapper(this, "tokenRemembered");
    private final ReadOnlyStringWrapper loginError = new ReadOnlyStringWrapper(this, "loginError");
    private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper(this, "openError");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyStringWrapper guideNote = new ReadOnlyStringWrapper(this, "guideNote");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObservableList<RecentStore> recentStores = FXCollections.observableArrayList();
    private final ObservableList<RecentStore> recentStoresView = FXCollections.unmodifiableObservableList(recentStores);

    private TaskHandle running = TaskHandle.NONE;

    public StartViewModel(UiExecutor executor, StoreOpener opener, DemoMaker demoMaker, Path demoFile, Path targetStore,
                          PreferencesKeeper preferences, TokenKeeper tokens, LiveConnector connector, SetupGuide guide,
                          TextCopier copier, Consumer<ConsoleSession> onOpened) {
        this.executor = executor;
        this.opener = opener;
        this.demoMaker = demoMaker;
        this.demoFile = demoFile;
        this.targetStore = targetStore;
        this.preferences = preferences;
        this.tokens = tokens;
        this.connector = connector;
        this.guide = guide;
        this.copier = copier;
        this.onOpened = onOpened;
        refreshRecentStores();
        refreshRememberedToken();
    }

    // --- what the view shows -------------------------------------------------------------------

    /** The token typed or pasted (the field is masked). */
    public StringProperty tokenProperty() {
        return token;
    }

    /** Remember the token in the keychain; offered only when {@link #keychainAvailableProperty()}. */
    public BooleanProperty rememberTokenProperty() {
        return rememberToken;
    }

    public ReadOnlyBooleanProperty keychainAvailableProperty() {
        return keychainAvailable.getReadOnlyProperty();
    }

    /** A token is kept from an earlier run: connecting with an empty field uses it. */
    public ReadOnlyBooleanProperty tokenRememberedProperty() {
        return tokenRemembered.getReadOnlyProperty();
    }

    /** Why the last login failed, as a sentence shown beside the token field. */
    public ReadOnlyStringProperty loginErrorProperty() {
        return loginError.getReadOnlyProperty();
    }

    /** Why the last store or demo could not be opened. */
    public ReadOnlyStringProperty openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    /** Something to know about the store a connection records into (e.g. it does not exist yet). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Said when the setup guide could not be opened in a browser. */
    public ReadOnlyStringProperty guideNoteProperty() {
        return guideNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is running, as a phrase ("Opening gavel.db"). */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Progress of what is running, 0 to 1, or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<RecentStore> recentStores() {
        return recentStoresView;
    }

    public Path targetStore() {
        return targetStore;
    }

    public Path demoFile() {
        return demoFile;
    }

    public boolean demoExists() {
        return Files.exists(demoFile);
    }

    // --- commands ------------------------------------------------------------------------------

    /** Connects a bot with the typed token (or the remembered one) that records into the target store. */
    public void connect() {
        if (busy.get()) {
            return;
        }
        String typed = token.get() == null ? "" : token.get().strip();
        boolean useRemembered = typed.isEmpty() && tokenRemembered.get();
        boolean remember = rememberToken.get() && keychainAvailable.get();
        loginError.set(null);
        openError.set(null);
        start("Connecting to Discord", BackgroundTask.of("Connecting to Discord", progress -> {
            String secret = useRemembered ? tokens.remembered().orElse("") : typed;
            progress.update(-1, "Opening " + targetStore.getFileName());
            OpenStore store = opener.open(targetStore);
            try {
                progress.checkCancelled();
                progress.update(-1, "Connecting to Discord");
                LiveConnection live = connector.connect(store, secret);
                if (!useRemembered) {
                    keep(secret, remember);
                }
                return new ConsoleSession(store, live);
            } catch (RuntimeException | InterruptedException e) {
                store.close();
                throw e;
            }
        }).onSuccess(session -> {
            token.set("");
            finished();
            opened(session);
        }).onFailure(e -> {
            finished();
            loginError.set(sentence(e));
        }));
    }

    /** Opens a store file: a Gavel store, or a database of the original bot (read-only). */
    public void open(Path file) {
        if (busy.get()) {
            return;
        }
        openError.set(null);
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            openError.set(absolute + " does not exist (or is not a file). Choose another store.");
            return;
        }
        start("Opening " + absolute.getFileName(), BackgroundTask.of("Opening " + absolute.getFileName(), progress -> {
            progress.update(-1, "Opening " + absolute.getFileName());
            OpenStore store = opener.open(absolute);
            if (progress.isCancelled()) {
                store.close();
                throw new CancellationException();
            }
            return ConsoleSession.offline(store);
        }).onSuccess(session -> {
            finished();
            opened(session);
        }).onFailure(this::openFailed));
    }

    /** Waits for a store the launcher began opening before the window showed. */
    public void await(Path file, CompletableFuture<OpenStore> opening) {
        openError.set(null);
        String what = "Opening " + file.getFileName();
        start(what, BackgroundTask.of(what, progress -> {
            progress.update(-1, what);
            while (true) {
                if (progress.isCancelled()) {
                    opening.thenAccept(OpenStore::close);
                    throw new CancellationException();
                }
                try {
                    return ConsoleSession.offline(opening.get(100, TimeUnit.MILLISECONDS));
                } catch (TimeoutException stillOpening) {
                    // go round: the cancel button is checked between waits
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }).onSuccess(session -> {
            finished();
            opened(session);
        }).onFailure(this::openFailed));
    }

    public void openRecent(RecentStore recent) {
        open(recent.path());
    }

    public void removeRecent(RecentStore recent) {
        preferences.update(p -> p.withoutRecentStore(recent.path().toString()));
        recentStores.remove(recent);
    }

    /** Opens the demo store, making it first (with progress, cancellable) when it is not there. */
    public void openDemo() {
        if (busy.get()) {
            return;
        }
        openError.set(null);
        if (Files.exists(demoFile)) {
            open(demoFile);
            return;
        }
        start("Making the demo store", BackgroundTask.of("Making the demo store", progress -> {
            progress.update(-1, "Making the demo store");
            DemoSummary summary = demoMaker.make(demoFile, (step, done, total) ->
                    progress.update(total > 0 ? (double) done / total : -1, step), progress::isCancelled);
            progress.checkCancelled();
            progress.update(-1, "Opening " + demoFile.getFileName());
            log.info("Made the demo store {} ({} messages)", summary.file(), summary.messages());
            return ConsoleSession.offline(opener.open(demoFile));
        }).onSuccess(session -> {
            finished();
            opened(session);
        }).onFailure(this::openFailed));
    }

    /** Cancels what is running; a store half-opened is closed, a demo half-made leaves no file. */
    public void cancel() {
        running.cancel();
    }

    /** Opens the bot setup guide in the browser, or copies its address when no browser can be opened. */
    public void openSetupGuide() {
        guideNote.set(null);
        executor.submit(BackgroundTask.of("Opening the setup guide", progress -> guide.open())
                .onSuccess(opened -> {
                    if (!opened) {
                        copyGuideAddress("no browser could be opened from here");
                    }
                })
                .onFailure(e -> copyGuideAddress("the browser could not be opened (" + e.getMessage() + ")")));
    }

    // --- internals -----------------------------------------------------------------------------

    private void copyGuideAddress(String why) {
        copier.copy(guide.address().toString());
        guideNote.set("The setup guide's address was copied to the clipboard (" + why + "): " + guide.address()
                + ". Paste it into a browser.");
    }

    private void keep(String secret, boolean remember) {
        if (remember) {
            tokens.remember(secret);
        } else {
            tokens.holdForThisRun(secret);
        }
    }

    private void start(String what, BackgroundTask<ConsoleSession> task) {
        busy.set(true);
        activity.set(what);
        progress.set(-1);
        task.onProgress((fraction, message) -> {
            progress.set(fraction);
            activity.set(message);
        }).onCancelled(this::finished);
        running = executor.submit(task);
    }

    private void finished() {
        busy.set(false);
        activity.set(null);
        progress.set(-1);
        running = TaskHandle.NONE;
    }

    private void openFailed(Throwable e) {
        finished();
        openError.set(sentence(e));
    }

    private void opened(ConsoleSession session) {
        Path file = session.store().file();
        preferences.update(p -> p.withRecentStore(file.toString()));
        onOpened.accept(session);
    }

    private void refreshRecentStores() {
        List<String> listed = preferences.get().recentStores();
        executor.submit(BackgroundTask.of("Checking the recent stores", progress -> listed.stream()
                        .map(Path::of).map(path -> new RecentStore(path, Files.isRegularFile(path))).toList())
                .onSuccess(recentStores::setAll)
                .onFailure(e -> log.warn("The recent stores could not be checked", e)));
        if (!Files.exists(targetStore)) {
            note.set("Connecting records into " + targetStore + ", which does not exist yet: it is made when the bot connects.");
        }
    }

    private void refreshRememberedToken() {
        executor.submit(BackgroundTask.of("Looking for a remembered token", progress ->
                        new KeychainState(tokens.canRemember(), tokens.remembered().isPresent()))
                .onSuccess(found -> {
                    keychainAvailable.set(found.available());
                    tokenRemembered.set(found.tokenKept());
                })
                .onFailure(e -> log.warn("The keychain could not be read", e)));
    }

    private record KeychainState(boolean available, boolean tokenKept) {
    }

    /** A failure as the user reads it: the sentence of a user-facing one, else a short note pointing at the log. */
    static String sentence(Throwable e) {
        if (e instanceof UserFacingException) {
            return e.getMessage();
        }
        return "Something went wrong (" + e.getClass().getSimpleName() + "); the log has the details.";
    }
}
