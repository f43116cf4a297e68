package dev.gavel.app.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.live.LiveGuild;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.TaskHandle;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.GuildSettingsJson;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCombination;

/**
 * The shell around the pages: the guild picker, the navigation, the banner of a read-only store,
 * the status bar. It tells the page shown which guild to show ({@link GuildScope}); a page left is
 * closed.
 */
public final class ShellViewModel {

    private final UiExecutor executor;
    private final ConsoleSession session;
    private final List<Page> pages;
    private final StatusBarViewModel statusBar;

    private final ObservableList<GuildItem> guilds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GuildItem> selectedGuild = new ReadOnlyObjectWrapper<>(this, "selectedGuild");
    private final ReadOnlyObjectWrapper<Page> currentPage = new ReadOnlyObjectWrapper<>(this, "currentPage");
    private final ReadOnlyObjectWrapper<GuildScope> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner");
    private final ReadOnlyStringWrapper settingsProblem = new ReadOnlyStringWrapper(this, "settingsProblem");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private List<GuildItem> storedGuilds = List.of();
    private boolean storedLoaded;
    private TaskHandle guildTask = TaskHandle.NONE;
    private LiveSignal.Subscription statusSubscription = () -> { };

    public ShellViewModel(UiExecutor executor, ConsoleSession session, List<Page> pages) {
        this.executor = executor;
        this.session = session;
        this.pages = List.copyOf(pages);
        requireDistinctShortcuts(this.pages);
        this.statusBar = new StatusBarViewModel(session.store().name(), session.live());
        OpenStore store = session.store();
        String why = store.readOnlyWhy();
        String snapshot = store.snapshotNote();
        banner.set(why == null ? snapshot : snapshot == null ? why : why + " " + snapshot);
    }

    // --- what the view shows -------------------------------------------------------------------

    public List<Page> pages() {
        return pages;
    }

    public ObservableList<GuildItem> guilds() {
        return FXCollections.unmodifiableObservableList(guilds);
    }

    public ReadOnlyObjectProperty<GuildItem> selectedGuildProperty() {
        return selectedGuild.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    /** The guild the pages show; null until one is loaded. */
    public ReadOnlyObjectProperty<GuildScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** Why the store is read-only (and whether what is shown is a snapshot); null for a store that can be written. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The selected guild's stored settings cannot be read: what the pages use instead and where to fix it. */
    public ReadOnlyStringProperty settingsProblemProperty() {
        return settingsProblem.getReadOnlyProperty();
    }

    /** Said instead of the pages when the store knows no guild. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Why the guilds or a guild's settings could not be read. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public ConsoleSession session() {
        return session;
    }

    /** The window's title: the store, and the guild shown. */
    public String title() {
        GuildItem guild = selectedGuild.get();
        return "Gavel — " + session.store().name() + (guild == null ? "" : " — " + guild.name());
    }

    // --- commands ------------------------------------------------------------------------------

    /** Reads the store's guilds and shows the first page of the first guild. */
    public void start() {
        if (session.isLive()) {
            statusSubscription = session.live().onStatus(this::statusChanged);
        }
        if (!pages.isEmpty()) {
            showPage(pages.get(0));
        }
        loading.set(true);
        executor.submit(BackgroundTask.of("Reading the guilds", progress -> session.store().guilds())
                .onSuccess(profiles -> {
                    loading.set(false);
                    storedGuilds = profiles.stream().map(ShellViewModel::item).toList();
                    storedLoaded = true;
                    mergeGuilds(session.isLive() ? session.live().status().guilds() : List.of());
                })
                .onFailure(e -> {
                    loading.set(false);
                    loadError.set(sentence(e));
                }));
    }

    public void selectGuild(GuildItem guild) {
        if (guild == null || guild.equals(selectedGuild.get()) && scope.get() != null) {
            return;
        }
        selectedGuild.set(guild);
        guildTask.cancel();
        loading.set(true);
        loadError.set(null);
        guildTask = executor.submit(BackgroundTask.of("Reading the settings of " + guild.name(), progress ->
                        session.store().reads().guildSettingsJson(guild.id()).orElse(null))
                .onSuccess(json -> {
                    loading.set(false);
                    GuildSettings settings;
                    try {
                        settings = GuildSettingsJson.parse(json);
                        settingsProblem.set(null);
                    } catch (IllegalArgumentException e) {
                        settings = GuildSettings.empty();
                        settingsProblem.set("The saved settings of " + guild.name() + " cannot be read (" + e.getMessage()
                                + "); the pages use the defaults until they are fixed in Guild settings.");
                    }
                    showScope(scopeFor(guild, settings));
                })
                .onFailure(e -> {
                    loading.set(false);
                    loadError.set(sentence(e));
                }));
    }

    public void showPage(Page page) {
        if (page == null || page == currentPage.get()) {
            return;
        }
        Page left = currentPage.get();
        if (left != null) {
            left.close();
        }
        currentPage.set(page);
        if (scope.get() != null) {
            page.open(scope.get());
        }
    }

    /** The page whose shortcut this is, if any. */
    public Page pageFor(KeyCombination keys) {
        return pages.stream().filter(page -> page.shortcut().equals(keys)).findFirst().orElse(null);
    }

    /**
     * The settings page saved new settings: the other pages get them the next time they are shown.
     * The page shown is not re-opened (it is the one that saved them).
     */
    public void settingsSaved(String guildId, GuildSettings settings) {
        GuildItem guild = selectedGuild.get();
        if (guild != null && guild.id().equals(guildId)) {
            settingsProblem.set(null);
            scope.set(scopeFor(guild, settings));
        }
    }

    /** Leaves the shell: closes the page shown and stops listening to the bot. The session stays open. */
    public void close() {
        guildTask.cancel();
        statusSubscription.close();
        Page page = currentPage.get();
        if (page != null) {
            page.close();
        }
        currentPage.set(null);
    }

    // --- internals -----------------------------------------------------------------------------

    private void showScope(GuildScope newScope) {
        scope.set(newScope);
        Page page = currentPage.get();
        if (page != null) {
            page.open(newScope);
        }
    }

    private GuildScope scopeFor(GuildItem guild, GuildSettings settings) {
        OpenStore store = session.store();
        return new GuildScope(guild.id(), guild.name(), settings, store.statistics(), session.signal(), store.name(),
                store.isReadOnly(), store.readOnlyWhy(), session.isLive());
    }

    private void statusChanged(ConnectionStatus status) {
        statusBar.update(status);
        mergeGuilds(status.guilds());
    }

    /** The stored guilds, with the live ones' current names and icons, and live guilds the store has not seen yet. */
    private void mergeGuilds(List<LiveGuild> live) {
        Map<String, GuildItem> merged = new LinkedHashMap<>();
        storedGuilds.forEach(guild -> merged.put(guild.id(), guild));
        for (LiveGuild guild : live) {
            merged.put(guild.id(), new GuildItem(guild.id(), guild.name(), guild.iconUrl()));
        }
        List<GuildItem> items = new ArrayList<>(merged.values());
        if (!items.equals(guilds)) {
            GuildItem selected = selectedGuild.get();
            guilds.setAll(items);
            if (selected != null) {
                items.stream().filter(item -> item.id().equals(selected.id())).findFirst().ifPresent(selectedGuild::set);
            }
        }
        emptyMessage.set(storedLoaded && guilds.isEmpty() ? emptyText() : null);
        if (storedLoaded && selectedGuild.get() == null && !guilds.isEmpty()) {
            selectGuild(guilds.get(0));
        }
    }

    private String emptyText() {
        return session.isLive()
                ? "The bot is in no guild yet. Invite it to a server (see the setup guide); its guild appears here when it joins."
                : session.store().name() + " holds no guild yet. Connect a bot to record one, or open another store.";
    }

    private static GuildItem item(GuildProfile profile) {
        return new GuildItem(profile.guildId(), profile.name(), profile.iconUrl());
    }

    private static void requireDistinctShortcuts(List<Page> pages) {
        Set<KeyCombination> seen = new HashSet<>();
        for (Page page : pages) {
            if (!seen.add(Objects.requireNonNull(page.shortcut(), page.title()))) {
                throw new IllegalArgumentException("Two pages share the shortcut " + page.shortcut().getName()
                        + " (" + page.title() + ")");
            }
        }
    }

    private static String sentence(Throwable e) {
        return e instanceof dev.gavel.core.UserFacingException ? e.getMessage()
                : "The store could not be read (" + e.getClass().getSimpleName() + "); the log has the details.";
    }
}
