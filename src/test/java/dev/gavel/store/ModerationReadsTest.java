package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.ModAction;
import dev.gavel.core.model.ModActionType;
import dev.gavel.core.model.PanelStatus;
import dev.gavel.core.model.ReportReason;
import dev.gavel.core.model.ReportedMessage;
import dev.gavel.core.model.TicketPanel;
import dev.gavel.core.model.UserThread;
import dev.gavel.store.original.OriginalDatabaseFixture;
import dev.gavel.store.original.OriginalDatabaseFixture.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerationReadsTest {

    private static final long T = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    @DisplayName("an original database's guilds come from guilds (INTEGER ids as text) and from the recorded messages")
    void originalGuilds() {
        Path file = OriginalDatabaseFixture.latest()
                .guild("200", "{\"modLog\":\"9\"}").guildWithIntegerId(100L, "{\"moderator\":\"8\"}")
                .message("1", "300", "c", "a", T)
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.isOriginal()).isTrue();
            assertThat(reads.guilds()).extracting(GuildProfile::guildId, GuildProfile::name)
                    .containsExactly(tuple("100", "100"), tuple("200", "200"), tuple("300", "300"));
            assertThat(reads.guildSettingsJson("100")).contains("{\"moderator\":\"8\"}");
            assertThat(reads.guildSettingsJson("300")).isEmpty();
        }
    }

    @Test
    @DisplayName("an original database's channels of a guild are those its messages were sent in, named from channel_info")
    void originalChannels() {
        Path file = OriginalDatabaseFixture.latest()
                .channel("c1", "old-name", "Old").channel("c1", "general", "Text")
                .channel("c9", "elsewhere", "Text").channel(null, "nameless", null)
                .message("1", "g", "c1", "a", T).message("2", "g", "c2", "a", T)
                .message("3", "h", "c9", "a", T)
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            List<ChannelInfo> channels = new ModerationReads(store).channels("g");
            assertThat(channels).extracting(ChannelInfo::id, ChannelInfo::guildId, ChannelInfo::name, ChannelInfo::category)
                    .containsExactly(tuple("c2", "g", null, null), tuple("c1", "g", "general", "Text"));
        }
    }

    @Test
    @DisplayName("user threads: times in three formats; CURRENT_TIMESTAMP is an unknown time, listed last, never invented")
    void originalUserThreads() {
        Path file = OriginalDatabaseFixture.latest()
                .userThread("u1", "g", "t1", "2025-05-01T10:00:00.000Z")
                .userThread("u2", "g", "t2", "2025-05-03 09:30:00")
                .userThread("u3", "g", "t3", null)
                .userThread("u4", "other", "t4", "2025-05-04 09:30:00")
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            ModerationReads reads = new ModerationReads(store);
            List<UserThread> threads = reads.userThreads("g");
            assertThat(threads).extracting(UserThread::userId, UserThread::createdAt, UserThread::updatedAt).containsExactly(
                    tuple("u2", Instant.parse("2025-05-03T09:30:00Z"), Instant.parse("2025-05-03T09:30:00Z")),
                    tuple("u1", Instant.parse("2025-05-01T10:00:00Z"), Instant.parse("2025-05-01T10:00:00Z")),
                    tuple("u3", null, null));
            assertThat(reads.userThread("g", "u3")).get().extracting(UserThread::threadId).isEqualTo("t3");
            assertThat(reads.userThread("g", "nobody")).isEmpty();
        }
    }

    @Test
    @DisplayName("reports and mod actions of an original database: lenient times, no content, unknown reasons left out")
    void originalReportsAndActions() {
        Path file = OriginalDatabaseFixture.latest()
                .report("r1", "g", "u", "m1", "c", "l1", "log", "track", "2025-05-01 10:00:00")
                .report("r2", "g", "u", "m2", "c", "l2", "log", "anonReport", OriginalDatabaseFixture.BROKEN_DEFAULT)
                .report("r3", "g", "u", "m3", "c", "l3", "log", "someday", "2025-05-02 10:00:00")
                .report("r4", "g", "v", "m4", "c", "l4", "log", "spam", "2025-05-02T10:00:00Z")
                .modAction("a1", "g", "u", "ban", "2025-05-05T00:00:00.000Z")
                .modAction("a2", "g", "u", "warn", "2025-05-05T00:00:00.000Z")
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.reportsForUser("g", "u")).extracting(ReportedMessage::id, ReportedMessage::reason,
                    ReportedMessage::createdAt, ReportedMessage::content).containsExactly(
                    tuple("r2", ReportReason.ANON_REPORT, null, null),
                    tuple("r1", ReportReason.TRACK, Instant.parse("2025-05-01T10:00:00Z"), null));
            assertThat(reads.reports("g")).hasSize(3);
            assertThat(reads.modActionsForUser("g", "u")).extracting(ModAction::id, ModAction::actionType)
                    .containsExactly(tuple("a1", ModActionType.BAN));
        }
    }

    @Test
    @DisplayName("ticket panels of an original database: the guild is derived from recorded messages where possible")
    void originalTicketPanels() {
        String panelMessage = OriginalDatabaseFixture.snowflakeAt(T);
        Path file = OriginalDatabaseFixture.latest()
                .ticketsConfig(panelMessage, null, "role1")
                .message(panelMessage, "g", "panels", "bot", T)
                .ticketsConfig("p2", "tickets", "role2")
                .message("7", "g", "tickets", "a", T)
                .ticketsConfig("p3", "nowhere", "role3")
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.ticketPanels("g")).extracting(TicketPanel::messageId, TicketPanel::panelChannelId,
                    TicketPanel::ticketChannelId, TicketPanel::roleId, TicketPanel::buttonText, TicketPanel::status,
                    TicketPanel::createdAt).containsExactly(
                    tuple(panelMessage, "panels", "panels", "role1", null, PanelStatus.ACTIVE, Instant.ofEpochMilli(T)),
                    tuple("p2", null, "tickets", "role2", null, PanelStatus.ACTIVE, null));
            assertThat(reads.ticketPanelsWithoutGuild()).extracting(TicketPanel::messageId, TicketPanel::guildId)
                    .containsExactly(tuple("p3", null));
            assertThat(reads.tickets("g")).isEmpty();
        }
    }

    @Test
    @DisplayName("an older original database without later tables or columns reads as empty where it has nothing")
    void olderOriginal() {
        Path file = OriginalDatabaseFixture.of(Version.INITIAL)
                .message("1", "g", "c", "a", T).channel("c", "general", "Text")
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.lacks("user_threads")).isTrue();
            assertThat(reads.lacks("message_stats")).isFalse();
            assertThat(reads.userThreads("g")).isEmpty();
            assertThat(reads.reports("g")).isEmpty();
            assertThat(reads.modActions("g")).isEmpty();
            assertThat(reads.subscription("g")).isEmpty();
            assertThat(reads.channels("g")).extracting(ChannelInfo::name).containsExactly("general");
        }
    }

    @Test
    @DisplayName("subscriptions are read from either kind of store with lenient times")
    void subscription() {
        Path file = OriginalDatabaseFixture.latest()
                .subscription("g", "paid", "active", "2025-08-01 00:00:00", OriginalDatabaseFixture.BROKEN_DEFAULT,
                        "2025-07-01T00:00:00.000Z")
                .writeTo(dir.resolve("bot.sqlite3"));
        try (Store store = Store.openReadOnly(file)) {
            var found = new ModerationReads(store).subscription("g");
            assertThat(found).get().satisfies(s -> {
                assertThat(s.productTier()).isEqualTo("paid");
                assertThat(s.currentPeriodEnd()).isEqualTo(Instant.parse("2025-08-01T00:00:00Z"));
                assertThat(s.createdAt()).isNull();
                assertThat(s.updatedAt()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
            });
        }
    }

    @Test
    @DisplayName("on a Gavel store the same calls read through the DAOs; tickets_config rows without a panel are listed apart")
    void gavelStore() throws Exception {
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            store.write(tx -> {
                tx.dao(GuildDao.class).ensure("g");
                tx.dao(UserThreadDao.class).upsert("g", "u", "t");
                tx.dao(TicketDao.class).insertConfig("p1", null, "role");
                return null;
            }).get();
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.isOriginal()).isFalse();
            assertThat(reads.guilds()).extracting(GuildProfile::guildId).containsExactly("g");
            assertThat(reads.userThreads("g")).extracting(UserThread::threadId).containsExactly("t");
            assertThat(reads.userThreads("g").get(0).createdAt()).isNotNull();
            assertThat(reads.ticketPanels("g")).isEmpty();
            assertThat(reads.ticketPanelsWithoutGuild()).extracting(TicketPanel::messageId, TicketPanel::roleId)
                    .containsExactly(tuple("p1", "role"));
            assertThat(reads.subscription("g")).isEmpty();
        }
    }
}
