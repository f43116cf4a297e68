package dev.gavel.app.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.gavel.app.settings.SettingsAccess.StoredSettings;
import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.TaskHandle;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.SettingsChange;
import dev.gavel.core.model.SettingsDiff;
import dev.gavel.core.model.StatsThresholds;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guild settings page: the pickers' choices, the values being edited, their validation, the
 * save (settings and history row in one transaction) and the history of changes.
 */
public final class GuildSettingsViewModel {

    /** The time zones offered: every region id Java knows, sorted. */
    public static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private static final Map<String, String> SETTING_NAMES = Map.ofEntries(
            Map.entry("modLog", "Mod-log channel"), Map.entry("moderator", "Moderator role"),
            Map.entry("restricted", "Restricted role"), Map.entry("deletionLog", "Deletion-log channel"),
            Map.entry("statsChannels", "Statistics channels"), Map.entry("statsCategories", "Statistics categories"),
            Map.entry("timeZone", "Time zone"),
            Map.entry("thresholds.topMinMessages", "Top participants' least messages"),
            Map.entry("thresholds.topMinWords", "Top participants' least words"),
            Map.entry("thresholds.topLimit", "Top participants shown"),
            Map.entry("thresholds.cohortMinMessages", "Cohort's least messages"),
            Map.entry("thresholds.communicatorMinMessages", "Communicator's messages a day"));

    private final UiExecutor executor;
    private final Supplier<SettingsAccess> accessSupplier;
    private final BiConsumer<String, GuildSettings> onSaved;

    private final ObservableList<Choice> logChannels = FXCollections.observableArrayList();
    private final ObservableList<Choice> optionalLogChannels = FXCollections.observableArrayList();
    private final ObservableList<Choice> roles = FXCollections.observableArrayList();
    private final ObservableList<Choice> optionalRoles = FXCollections.observableArrayList();
    private final ObservableList<FilterItem> filterItems = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();

    private final ObjectProperty<Choice> modLog = new SimpleObjectProperty<>(this, "modLog");
    private final ObjectProperty<Choice> moderator = new SimpleObjectProperty<>(this, "moderator");
    private final ObjectProperty<Choice> restricted = new SimpleObjectProperty<>(this, "restricted", Choice.NONE);
    private final ObjectProperty<Choice> deletionLog = new SimpleObjectProperty<>(this, "deletionLog", Choice.NONE);
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", GuildSettings.DEFAULT_TIME_ZONE);
    private final Map<Threshold, StringProperty> thresholds = new EnumMap<>(Threshold.class);

    private final ReadOnlyStringWrapper modLogError = new ReadOnlyStringWrapper(this, "modLogError");
    private final ReadOnlyStringWrapper moderatorError = new ReadOnlyStringWrapper(this, "moderatorError");
    private final ReadOnlyStringWrapper restrictedError = new ReadOnlyStringWrapper(this, "restrictedError");
    private final ReadOnlyStringWrapper deletionLogError = new ReadOnlyStringWrapper(this, "deletionLogError");
    private final ReadOnlyStringWrapper timeZoneError = new ReadOnlyStringWrapper(this, "timeZoneError");
    private final Map<Threshold, ReadOnlyStringWrapper> thresholdErrors = new EnumMap<>(Threshold.class);

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", true);
    private final ReadOnlyStringWrapper readOnlyWhy = new ReadOnlyStringWrapper(this, "readOnlyWhy");
    private final ReadOnlyStringWrapper malformed = new ReadOnlyStringWrapper(this, "malformed");
    private final ReadOnlyStringWrapper rawStored = new ReadOnlyStringWrapper(this, "rawStored");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyStringWrapper permissionNote = new ReadOnlyStringWrapper(this, "permissionNote");
    private final ReadOnlyStringWrapper guildName = new ReadOnlyStringWrapper(this, "guildName");

    private String guildId;
    private StoredSettings stored;
    private SettingsAccess access;
    private TaskHandle task = TaskHandle.NONE;

    public GuildSettingsViewModel(UiExecutor executor, Supplier<SettingsAccess> accessSupplier,
                                  BiConsumer<String, GuildSettings> onSaved) {
        this.executor = executor;
        this.accessSupplier = accessSupplier;
        this.onSaved = onSaved;
        for (Threshold threshold : Threshold.values()) {
            thresholds.put(threshold, new SimpleStringProperty(this, threshold.name(), ""));
            thresholdErrors.put(threshold, new ReadOnlyStringWrapper(this, threshold.name() + "Error"));
        }
    }

    // --- choices and values --------------------------------------------------------------------

    /** Channels a log can go to (text and announcement channels). */
    public ObservableList<Choice> logChannels() {
        return FXCollections.unmodifiableObservableList(logChannels);
    }

    /** The same, with "None" first, for the optional deletion log. */
    public ObservableList<Choice> optionalLogChannels() {
        return FXCollections.unmodifiableObservableList(optionalLogChannels);
    }

    public ObservableList<Choice> roles() {
        return FXCollections.unmodifiableObservableList(roles);
    }

    /** The roles, with "None" first, for the optional restricted role. */
    public ObservableList<Choice> optionalRoles() {
        return FXCollections.unmodifiableObservableList(optionalRoles);
    }

    /** Categories first, then channels; the ticked ones are what the statistics count (none ticked: everything). */
    public ObservableList<FilterItem> filterItems() {
        return FXCollections.unmodifiableObservableList(filterItems);
    }

    public List<String> timeZones() {
        return TIME_ZONES;
    }

    public ObjectProperty<Choice> modLogProperty() {
        return modLog;
    }

    public ObjectProperty<Choice> moderatorProperty() {
        return moderator;
    }

    public ObjectProperty<Choice> restrictedProperty() {
        return restricted;
    }

    public ObjectProperty<Choice> deletionLogProperty() {
        return deletionLog;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** The text typed for a threshold (validated as a whole number on save). */
    public StringProperty thresholdProperty(Threshold threshold) {
        return thresholds.get(threshold);
    }

    // --- validation messages, one per field ----------------------------------------------------

    public ReadOnlyStringProperty modLogErrorProperty() {
        return modLogError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty moderatorErrorProperty() {
        return moderatorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restrictedErrorProperty() {
        return restrictedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deletionLogErrorProperty() {
        return deletionLogError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeZoneErrorProperty() {
        return timeZoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdErrorProperty(Threshold threshold) {
        return thresholdErrors.get(threshold).getReadOnlyProperty();
    }

    // --- page state ----------------------------------------------------------------------------

    /** Loading or saving: the view shows progress and disables the form. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Nothing can be saved (a database of the original bot): the reason is in {@link #readOnlyWhyProperty()}. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readOnlyWhyProperty() {
        return readOnlyWhy.getReadOnlyProperty();
    }

    /** Why the stored settings cannot be read; null when they can. The form then starts from the defaults. */
    public ReadOnlyStringProperty malformedProperty() {
        return malformed.getReadOnlyProperty();
    }

    /** The stored settings text, as it is (to look at when it cannot be read). */
    public ReadOnlyStringProperty rawStoredProperty() {
        return rawStored.getReadOnlyProperty();
    }

    /** The outcome of the last save or load, as a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Offline: says that whether the bot may post in the channels is checked only while it is connected. */
    public ReadOnlyStringProperty permissionNoteProperty() {
        return permissionNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty guildNameProperty() {
        return guildName.getReadOnlyProperty();
    }

    /** The changes of the settings, newest first. */
    public ObservableList<HistoryEntry> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** Saving replaces stored settings that cannot be read: the view asks first. */
    public boolean needsReplaceConfirmation() {
        return malformed.get() != null;
    }

    // --- commands ------------------------------------------------------------------------------

    /** Loads the guild's settings, the pickers' choices and the history. */
    public void open(String id, String name) {
        task.cancel();
        guildId = id;
        guildName.set(name);
        access = accessSupplier.get();
        readOnly.set(access.isReadOnly());
        readOnlyWhy.set(access.readOnlyWhy());
        permissionNote.set(access.directory().checksPermissions() ? null
                : "Offline: whether the bot may post in these channels is checked when it is connected.");
        clearErrors();
        message.set(null);
        busy.set(true);
        SettingsAccess reader = access;
        task = executor.submit(BackgroundTask.of("Reading the settings", progress -> load(reader, id))
                .onSuccess(this::show)
                .onFailure(e -> {
                    busy.set(false);
                    say(sentence(e), true);
                }));
    }

    /** Puts back the values as stored. */
    public void revert() {
        if (stored != null) {
            fill(stored.settings() != null ? stored.settings() : GuildSettings.empty());
            clearErrors();
            message.set(null);
        }
    }

    /**
     * Checks every field; true when all are valid. The reasons show on the fields.
     */
    public boolean validate() {
        clearErrors();
        boolean valid = true;
        valid &= require(modLog.get(), modLogError, "Required: the channel where moderation is logged.",
                "This channel is not in the guild any more (or was never seen by the bot); choose another.");
        valid &= require(moderator.get(), moderatorError, "Required: the role of the guild's moderators.",
                "This role is not in the guild any more; choose another.");
        valid &= optional(restricted.get(), restrictedError, "This role is not in the guild any more; choose another or None.");
        valid &= optional(deletionLog.get(), deletionLogError,
                "This channel is not in the guild any more; choose another or None.");
        try {
            ZoneId.of(Objects.requireNonNullElse(timeZone.get(), ""));
        } catch (DateTimeException e) {
            timeZoneError.set("Not a time zone Gavel knows; pick one from the list (for example Europe/Berlin).");
            valid = false;
        }
        for (Threshold threshold : Threshold.values()) {
            valid &= number(threshold).isPresent();
        }
        return valid;
    }

    /**
     * Validates, checks (live) that the bot may post in the log channels, and saves.
     *
     * @param replaceConfirmed the user agreed to replace stored settings that cannot be read
     */
    public void save(boolean replaceConfirmed) {
        if (busy.get() || guildId == null || stored == null) {
            return;
        }
        if (readOnly.get()) {
            say(readOnlyWhy.get(), true);
            return;
        }
        if (!validate()) {
            say("Nothing was saved: fix the marked fields.", true);
            return;
        }
        if (needsReplaceConfirmation() && !replaceConfirmed) {
            say("Nothing was saved: the stored settings cannot be read, and saving replaces them. Confirm to replace them.", true);
            return;
        }
        GuildSettings after = edited();
        String id = guildId;
        String before = stored.raw();
        SettingsAccess writer = access;
        busy.set(true);
        message.set(null);
        task = executor.submit(BackgroundTask.of("Saving the settings", progress -> {
            Map<String, String> refused = postingRefusals(writer, id, after);
            if (!refused.isEmpty()) {
                return new SaveOutcome(refused, null, null);
            }
            String json = writer.save(id, before, after);
            return new SaveOutcome(Map.of(), json, load(writer, id));
        }).onSuccess(outcome -> {
            busy.set(false);
            if (!outcome.refused().isEmpty()) {
                outcome.refused().forEach((field, why) -> ("modLog".equals(field) ? modLogError : deletionLogError).set(why));
                say("Nothing was saved: the bot may not post where the logs would go.", true);
                return;
            }
            show(outcome.reloaded());
            say("Saved.", false);
            onSaved.accept(id, after);
        }).onFailure(e -> {
            busy.set(false);
            say(sentence(e), true);
        }));
    }

    /** The page is left: stops what is running. */
    public void close() {
        task.cancel();
        busy.set(false);
    }

    // --- internals -----------------------------------------------------------------------------

    private record Loaded(StoredSettings stored, List<ChannelInfo> channels, List<Role> roles, List<SettingsChange> history,
                          Map<String, String> people) {
    }

    private record SaveOutcome(Map<String, String> refused, String json, Loaded reloaded) {
    }

    private static Loaded load(SettingsAccess access, String id) {
        StoredSettings stored = access.load(id);
        List<SettingsChange> changes = access.history(id);
        Set<String> who = new HashSet<>();
        changes.forEach(change -> who.add(change.changedBy()));
        return new Loaded(stored, access.channels(id), access.roles(id), changes, access.memberNames(id, who));
    }

    private static Map<String, String> postingRefusals(SettingsAccess access, String id, GuildSettings after) {
        Map<String, String> refused = new LinkedHashMap<>();
        if (!access.directory().checksPermissions()) {
            return refused;
        }
        access.directory().whyBotCannotPost(id, after.modLog()).ifPresent(why -> refused.put("modLog", why));
        if (after.deletionLog() != null) {
            access.directory().whyBotCannotPost(id, after.deletionLog()).ifPresent(why -> refused.put("deletionLog", why));
        }
        return refused;
    }

    private void show(Loaded loaded) {
        busy.set(false);
        stored = loaded.stored();
        rawStored.set(stored.raw());
        malformed.set(stored.isMalformed()
                ? "The stored settings cannot be read: " + stored.problem() + ". The form shows the defaults; saving "
                        + "replaces the stored text (after you confirm)."
                : null);
        GuildSettings settings = stored.settings() != null ? stored.settings() : GuildSettings.empty();

        Map<String, ChannelInfo> channelsById = new LinkedHashMap<>();
        loaded.channels().forEach(channel -> channelsById.put(channel.id(), channel));
        List<Choice> channelChoices = loaded.channels().stream().filter(GuildSettingsViewModel::canHoldLog)
                .map(channel -> new Choice(channel.id(), channelLabel(channel), true)).toList();
        List<Choice> roleChoices = loaded.roles().stream().filter(role -> !role.roleId().equals(guildId))
                .map(role -> new Choice(role.roleId(), "@" + role.name(), true)).toList();
        logChannels.setAll(withUnknown(channelChoices, "channel", settings.modLog()));
        optionalLogChannels.setAll(withNone(withUnknown(channelChoices, "channel", settings.deletionLog())));
        roles.setAll(withUnknown(roleChoices, "role", settings.moderator()));
        optionalRoles.setAll(withNone(withUnknown(roleChoices, "role", settings.restricted())));
        filterItems.setAll(filterItems(loaded.channels(), settings));
        fill(settings);

        Map<String, String> names = new LinkedHashMap<>();
        loaded.channels().forEach(channel -> names.put("#" + channel.id(), "#" + display(channel)));
        loaded.roles().forEach(role -> names.put("@" + role.roleId(), "@" + role.name()));
        history.setAll(loaded.history().stream().map(change -> entry(change, names, loaded.people())).toList());
        clearErrors();
    }

    private void fill(GuildSettings settings) {
        modLog.set(find(logChannels, settings.modLog()));
        deletionLog.set(settings.deletionLog() == null ? Choice.NONE : find(optionalLogChannels, settings.deletionLog()));
        moderator.set(find(roles, settings.moderator()));
        restricted.set(settings.restricted() == null ? Choice.NONE : find(optionalRoles, settings.restricted()));
        timeZone.set(settings.timeZone());
        for (Threshold threshold : Threshold.values()) {
            thresholds.get(threshold).set(Integer.toString(threshold.of(settings.thresholds())));
        }
        Set<String> channels = new HashSet<>(settings.statsChannels());
        Set<String> categories = new HashSet<>(settings.statsCategories());
        for (FilterItem item : filterItems) {
            item.selectedProperty().set(item.kind() == FilterItem.Kind.CHANNEL ? channels.contains(item.key())
                    : categories.contains(item.key()));
        }
    }

    /** The settings as edited; only call after {@link #validate()} said yes. Keys Gavel does not know are kept. */
    private GuildSettings edited() {
        GuildSettings base = stored.settings() != null ? stored.settings() : GuildSettings.empty();
        List<String> channels = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (FilterItem item : filterItems) {
            if (item.isSelected()) {
                (item.kind() == FilterItem.Kind.CHANNEL ? channels : categories).add(item.key());
            }
        }
        Map<Threshold, Integer> values = new EnumMap<>(Threshold.class);
        for (Threshold threshold : Threshold.values()) {
            values.put(threshold, number(threshold).orElseThrow());
        }
        return new GuildSettings(modLog.get().id(), moderator.get().id(), restricted.get().id(), deletionLog.get().id(),
                channels, categories, timeZone.get(), new StatsThresholds(values.get(Threshold.TOP_MIN_MESSAGES),
                values.get(Threshold.TOP_MIN_WORDS), values.get(Threshold.TOP_LIMIT),
                values.get(Threshold.COHORT_MIN_MESSAGES), values.get(Threshold.COMMUNICATOR_MIN_MESSAGES)),
                base.otherKeys());
    }

    private Optional<Integer> number(Threshold threshold) {
        String text = Objects.requireNonNullElse(thresholds.get(threshold).get(), "").strip().replace(",", "").replace("_", "");
        ReadOnlyStringWrapper error = thresholdErrors.get(threshold);
        if (!text.matches("-?\\d{1,10}")) {
            error.set("A whole number, please (for example " + threshold.of(StatsThresholds.DEFAULTS) + ").");
            return Optional.empty();
        }
        long value = Long.parseLong(text);
        if (value < threshold.min() || value > threshold.max()) {
            error.set(String.format(Locale.ROOT, "Between %,d and %,d.", threshold.min(), threshold.max()));
            return Optional.empty();
        }
        return Optional.of((int) value);
    }

    private static boolean require(Choice choice, ReadOnlyStringWrapper error, String missing, String unknown) {
        if (choice == null || choice.id() == null) {
            error.set(missing);
            return false;
        }
        if (!choice.known()) {
            error.set(unknown);
            return false;
        }
        return true;
    }

    private static boolean optional(Choice choice, ReadOnlyStringWrapper error, String unknown) {
        if (choice != null && choice.id() != null && !choice.known()) {
            error.set(unknown);
            return false;
        }
        return true;
    }

    private void clearErrors() {
        modLogError.set(null);
        moderatorError.set(null);
        restrictedError.set(null);
        deletionLogError.set(null);
        timeZoneError.set(null);
        thresholdErrors.values().forEach(error -> error.set(null));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private static boolean canHoldLog(ChannelInfo channel) {
        return channel.type() == null || channel.type() == ChannelKind.TEXT || channel.type() == ChannelKind.NEWS;
    }

    private static String display(ChannelInfo channel) {
        return channel.name() != null ? channel.name() : channel.id();
    }

    private static String channelLabel(ChannelInfo channel) {
        return "#" + display(channel) + (channel.category() == null ? "" : "  (" + channel.category() + ")");
    }

    /** The choices, plus the stored id when the guild no longer has it, so that it shows and is flagged. */
    private static List<Choice> withUnknown(List<Choice> choices, String what, String storedId) {
        if (storedId == null || choices.stream().anyMatch(choice -> storedId.equals(choice.id()))) {
            return choices;
        }
        List<Choice> all = new ArrayList<>(choices);
        all.add(new Choice(storedId, "unknown " + what + " " + storedId, false));
        return all;
    }

    private static List<Choice> withNone(List<Choice> choices) {
        List<Choice> all = new ArrayList<>();
        all.add(Choice.NONE);
        all.addAll(choices);
        return all;
    }

    private static Choice find(List<Choice> choices, String id) {
        return id == null ? null : choices.stream().filter(choice -> id.equals(choice.id())).findFirst().orElse(null);
    }

    private static List<FilterItem> filterItems(List<ChannelInfo> channels, GuildSettings settings) {
        Set<String> categories = new LinkedHashSet<>();
        List<FilterItem> channelItems = new ArrayList<>();
        for (ChannelInfo channel : channels) {
            if (channel.type() == ChannelKind.CATEGORY) {
                if (channel.name() != null) {
                    categories.add(channel.name());
                }
            } else if (channel.type() == null || !channel.type().isThread()) {
                if (channel.category() != null) {
                    categories.add(channel.category());
                }
                channelItems.add(new FilterItem(FilterItem.Kind.CHANNEL, channel.id(), channelLabel(channel)));
            }
        }
        categories.addAll(settings.statsCategories());
        Set<String> listedChannels = new HashSet<>();
        channelItems.forEach(item -> listedChannels.add(item.key()));
        for (String id : settings.statsChannels()) {
            if (listedChannels.add(id)) {
                channelItems.add(new FilterItem(FilterItem.Kind.CHANNEL, id, "unknown channel " + id));
            }
        }
        List<FilterItem> items = new ArrayList<>();
        categories.forEach(name -> items.add(new FilterItem(FilterItem.Kind.CATEGORY, name, "Category: " + name)));
        items.addAll(channelItems);
        return items;
    }

    private static HistoryEntry entry(SettingsChange change, Map<String, String> names, Map<String, String> people) {
        List<HistoryEntry.Line> lines = new ArrayList<>();
        for (SettingsDiff.Change diff : SettingsDiff.between(change.before(), change.after())) {
            Function<String, String> name = value -> switch (diff.key()) {
                case "modLog", "deletionLog", "statsChannels" -> names.getOrDefault("#" + value, "#" + value);
                case "moderator", "restricted" -> names.getOrDefault("@" + value, "@" + value);
                default -> value;
            };
            lines.add(new HistoryEntry.Line(settingName(diff.key()), values(diff.before(), name), values(diff.after(), name)));
        }
        String who = change.changedBy() == null ? "unknown" : people.getOrDefault(change.changedBy(), change.changedBy());
        return new HistoryEntry(change.changedAt(), who, lines);
    }

    private static String values(List<String> values, Function<String, String> name) {
        return values.isEmpty() ? "(none)" : String.join(", ", values.stream().map(name).toList());
    }

    private static String settingName(String key) {
        return SETTING_NAMES.getOrDefault(key, key);
    }

    private static String sentence(Throwable e) {
        return e instanceof UserFacingException ? e.getMessage()
                : "Something went wrong (" + e.getClass().getSimpleName() + "); the log has the details.";
    }
}
