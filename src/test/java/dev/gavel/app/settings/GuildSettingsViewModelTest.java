package dev.gavel.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.support.FakeLive;
import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.SettingsChange;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.GuildDao;
import dev.gavel.store.SettingsHistoryDao;
import dev.gavel.store.Store;
import dev.gavel.store.original.OriginalDatabaseFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuildSettingsViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file;
    private DemoSummary demo;
    private ConsoleSession session;
    private final List<String> saved = new ArrayList<>();
    private GuildSettingsViewModel viewModel;

    @BeforeEach
    void openDemo() {
        file = dir.resolve("demo.db");
        demo = DemoFixture.create(file);
        useSession(DemoFixture.offline(file));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void useSession(ConsoleSession newSession) {
        session = newSession;
        viewModel = new GuildSettingsViewModel(new DirectUiExecutor(), () -> new SettingsAccess(session),
                (guild, settings) -> saved.add(guild + " " + settings.modLog()));
    }

    private List<SettingsChange> history() {
        try (Store store = Store.openReadOnly(file)) {
            List<SettingsChange> rows = store.read(SettingsHistoryDao.class, dao -> dao.listByGuild(demo.guildId()));
            return rows;
        }
    }

    private String storedJson() {
        try (Store store = Store.openReadOnly(file)) {
            String json = store.read(GuildDao.class, dao -> dao.settingsJson(demo.guildId())).orElse(null);
            return json;
        }
    }

    private void storeJson(String json) {
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                tx.dao(GuildDao.class).saveSettingsJson(demo.guildId(), json);
                return null;
            }).join();
        }
    }

    private Choice channel(String name) {
        return viewModel.logChannels().stream().filter(c -> c.label().startsWith("#" + name + " ")
                || c.label().equals("#" + name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the demo guild's settings load with channels and roles by name, the defaults and two history entries")
    void loads() {
        viewModel.open(demo.guildId(), demo.guildName());

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isNull();
        assertThat(viewModel.modLogProperty().get().label()).startsWith("#mod-log");
        assertThat(viewModel.moderatorProperty().get().label()).isEqualTo("@Moderator");
        assertThat(viewModel.restrictedProperty().get().label()).isEqualTo("@Restricted");
        assertThat(viewModel.deletionLogProperty().get().label()).startsWith("#deletion-log");
        assertThat(viewModel.timeZoneProperty().get()).isEqualTo("UTC");
        assertThat(viewModel.thresholdProperty(Threshold.TOP_MIN_MESSAGES).get()).isEqualTo("250");
        assertThat(viewModel.logChannels()).extracting(Choice::label).noneMatch(label -> label.contains("Lounge"));
        assertThat(viewModel.roles()).extracting(Choice::label).doesNotContain("@@everyone");
        assertThat(viewModel.optionalRoles().get(0)).isEqualTo(Choice.NONE);
        assertThat(viewModel.filterItems()).extracting(FilterItem::label).contains("Category: Staff", "Category: Topics");
        assertThat(viewModel.readOnlyProperty().get()).isFalse();
        assertThat(viewModel.permissionNoteProperty().get()).contains("checked when it is connected");
        assertThat(viewModel.history()).hasSize(2);
        HistoryEntry latest = viewModel.history().get(0);
        assertThat(latest.lines()).extracting(HistoryEntry.Line::text)
                .contains("Restricted role: (none) → @Restricted")
                .anyMatch(text -> text.startsWith("Deletion-log channel: (none) → #deletion-log"));
    }

    @Test
    @DisplayName("a valid change is saved with a history row (before, after, by console) in the store; unknown keys stay")
    void savesValidChange() throws Exception {
        storeJson(storedJson().replace("{", "{\"futureKey\":{\"kept\":true},"));
        viewModel.open(demo.guildId(), demo.guildName());
        String before = storedJson();
        Choice staffChat = channel("staff-chat");

        viewModel.modLogProperty().set(staffChat);
        viewModel.timeZoneProperty().set("Europe/Berlin");
        viewModel.thresholdProperty(Threshold.TOP_LIMIT).set("50");
        viewModel.filterItems().stream().filter(item -> item.label().equals("Category: Topics")).findFirst().orElseThrow()
                .selectedProperty().set(true);
        viewModel.save(false);

        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved.");
        assertThat(viewModel.messageIsErrorProperty().get()).isFalse();
        JsonNode stored = JSON.readTree(storedJson());
        assertThat(stored.get("modLog").asText()).isEqualTo(staffChat.id());
        assertThat(stored.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(stored.get("thresholds").get("topLimit").asInt()).isEqualTo(50);
        assertThat(stored.get("statsCategories").get(0).asText()).isEqualTo("Topics");
        assertThat(stored.get("futureKey").get("kept").asBoolean()).isTrue();
        SettingsChange row = history().get(0);
        assertThat(row.changedBy()).isEqualTo("console");
        assertThat(row.before()).isEqualTo(before);
        assertThat(row.after()).isEqualTo(storedJson());
        assertThat(saved).containsExactly(demo.guildId() + " " + staffChat.id());
        assertThat(viewModel.history().get(0).who()).isEqualTo("console");
        assertThat(viewModel.history().get(0).lines()).extracting(HistoryEntry.Line::text).contains(
                "Time zone: UTC → Europe/Berlin", "Top participants shown: 100 → 50", "Statistics categories: (none) → Topics")
                .anyMatch(text -> text.startsWith("Mod-log channel: #mod-log → #staff-chat"));
    }

    @Test
    @DisplayName("missing required fields, a word for a number, a number out of range and a wrong zone are refused on their fields; nothing is written")
    void refusesInvalid() {
        viewModel.open(demo.guildId(), demo.guildName());
        int rows = history().size();
        String before = storedJson();

        viewModel.modLogProperty().set(null);
        viewModel.moderatorProperty().set(null);
        viewModel.thresholdProperty(Threshold.TOP_MIN_WORDS).set("lots");
        viewModel.thresholdProperty(Threshold.TOP_LIMIT).set("0");
        viewModel.timeZoneProperty().set("Mars/Olympus");
        viewModel.save(false);

        assertThat(viewModel.modLogErrorProperty().get()).startsWith("Required");
        assertThat(viewModel.moderatorErrorProperty().get()).startsWith("Required");
        assertThat(viewModel.thresholdErrorProperty(Threshold.TOP_MIN_WORDS).get()).startsWith("A whole number");
        assertThat(viewModel.thresholdErrorProperty(Threshold.TOP_LIMIT).get()).isEqualTo("Between 1 and 10,000.");
        assertThat(viewModel.thresholdErrorProperty(Threshold.TOP_MIN_MESSAGES).get()).isNull();
        assertThat(viewModel.timeZoneErrorProperty().get()).contains("time zone");
        assertThat(viewModel.messageProperty().get()).startsWith("Nothing was saved");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
        assertThat(history()).hasSize(rows);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(saved).isEmpty();
    }

    @Test
    @DisplayName("a stored channel the guild no longer has shows as unknown and is refused until another is chosen")
    void unknownChannel() {
        storeJson(storedJson().replaceFirst("\"modLog\":\"\\d+\"", "\"modLog\":\"999\""));
        viewModel.open(demo.guildId(), demo.guildName());

        assertThat(viewModel.modLogProperty().get()).isEqualTo(new Choice("999", "unknown channel 999", false));
        viewModel.save(false);
        assertThat(viewModel.modLogErrorProperty().get()).contains("not in the guild");

        viewModel.modLogProperty().set(channel("mod-log"));
        viewModel.save(false);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved.");
    }

    @Test
    @DisplayName("a malformed stored text is shown as such; saving replaces it only once confirmed, the old text kept in the history")
    void malformed() {
        storeJson("{\"modLog\": [broken");
        viewModel.open(demo.guildId(), demo.guildName());
        int rows = history().size();

        assertThat(viewModel.malformedProperty().get()).startsWith("The stored settings cannot be read");
        assertThat(viewModel.rawStoredProperty().get()).isEqualTo("{\"modLog\": [broken");
        assertThat(viewModel.needsReplaceConfirmation()).isTrue();
        assertThat(viewModel.thresholdProperty(Threshold.TOP_LIMIT).get()).isEqualTo("100");

        viewModel.modLogProperty().set(channel("mod-log"));
        viewModel.moderatorProperty().set(viewModel.roles().stream().filter(r -> r.label().equals("@Moderator")).findFirst().orElseThrow());
        viewModel.save(false);
        assertThat(viewModel.messageProperty().get()).contains("Confirm");
        assertThat(storedJson()).isEqualTo("{\"modLog\": [broken");

        viewModel.save(true);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved.");
        assertThat(viewModel.malformedProperty().get()).isNull();
        assertThat(history()).hasSize(rows + 1);
        assertThat(history().get(0).before()).isEqualTo("{\"modLog\": [broken");
    }

    @Test
    @DisplayName("settings changed elsewhere after they were shown are not overwritten")
    void changedElsewhere() {
        viewModel.open(demo.guildId(), demo.guildName());
        String elsewhere = storedJson().replace("\"UTC\"", "\"Asia/Tokyo\"");
        storeJson(elsewhere);

        viewModel.thresholdProperty(Threshold.TOP_LIMIT).set("20");
        viewModel.save(false);

        assertThat(viewModel.messageProperty().get()).contains("changed elsewhere");
        assertThat(storedJson()).isEqualTo(elsewhere);
    }

    @Test
    @DisplayName("a database of the original bot is shown read-only, with the reason, and nothing is saved")
    void originalReadOnly() {
        session.close();
        Path original = OriginalDatabaseFixture.latest()
                .guild("100", "{\"modLog\":\"5\",\"moderator\":\"6\"}").writeTo(dir.resolve("bot.sqlite3"));
        useSession(DemoFixture.offline(original));
        viewModel.open("100", "100");

        assertThat(viewModel.readOnlyProperty().get()).isTrue();
        assertThat(viewModel.readOnlyWhyProperty().get()).contains("original bot").contains("gavel import");
        assertThat(viewModel.modLogProperty().get().id()).isEqualTo("5");
        viewModel.save(false);
        assertThat(viewModel.messageProperty().get()).contains("original bot");
        assertThat(viewModel.history()).isEmpty();
    }

    @Test
    @DisplayName("live: a log channel the bot may not post in is refused on its field, and the change is recorded as the bot's")
    void livePermissions() {
        OpenStore store = session.store();
        viewModel.open(demo.guildId(), demo.guildName());
        String modLog = channel("mod-log").id();
        String staffChat = channel("staff-chat").id();
        FakeLive live = new FakeLive(store, new ConnectionStatus(ConnectionStatus.State.CONNECTED, null, 0, null, List.of()),
                Map.of(staffChat, "The bot lacks Send Messages in #staff-chat."));
        useSession(new ConsoleSession(store, live));
        viewModel.open(demo.guildId(), demo.guildName());
        assertThat(viewModel.permissionNoteProperty().get()).isNull();
        int rows = history().size();

        viewModel.modLogProperty().set(channel("staff-chat"));
        viewModel.save(false);
        assertThat(viewModel.modLogErrorProperty().get()).isEqualTo("The bot lacks Send Messages in #staff-chat.");
        assertThat(history()).hasSize(rows);

        viewModel.modLogProperty().set(viewModel.logChannels().stream().filter(c -> c.id().equals(modLog)).findFirst().orElseThrow());
        viewModel.thresholdProperty(Threshold.TOP_LIMIT).set("30");
        viewModel.save(false);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved.");
        assertThat(history().get(0).changedBy()).isEqualTo("Gavel Bot");
    }

    @Test
    @DisplayName("putting back the saved values undoes the edits")
    void revert() {
        viewModel.open(demo.guildId(), demo.guildName());
        viewModel.thresholdProperty(Threshold.TOP_LIMIT).set("abc");
        viewModel.timeZoneProperty().set("Asia/Tokyo");
        viewModel.revert();
        assertThat(viewModel.thresholdProperty(Threshold.TOP_LIMIT).get()).isEqualTo("100");
        assertThat(viewModel.timeZoneProperty().get()).isEqualTo(GuildSettings.DEFAULT_TIME_ZONE);
    }
}
