package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.gavel.core.model.MessageStat;
import dev.gavel.store.OriginalImport.Report;
import dev.gavel.store.OriginalImport.TableReport;
import dev.gavel.store.original.FolderState;
import dev.gavel.store.original.OriginalDatabaseFixture;
import dev.gavel.store.original.OriginalDatabaseFixture.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalImportTest {

    private static final long T = Instant.parse("2025-06-01T12:00:00Z").toEpochMilli();
    private static final String ISO_MS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final OriginalImport.Progress QUIET = (table, done, total) -> { };

    @TempDir
    Path dir;

    private Path source(OriginalDatabaseFixture fixture) throws Exception {
        return fixture.writeTo(Files.createDirectories(dir.resolve("source")).resolve("bot.sqlite3"));
    }

    private static Map<String, TableReport> byTable(Report report) {
        return report.tables().stream().collect(Collectors.toMap(TableReport::table, t -> t));
    }

    private static <T> T one(Store store, String sql, Class<T> type) {
        return store.readTx(tx -> tx.handle().createQuery(sql).mapTo(type).one());
    }

    @Test
    @DisplayName("every table is copied with ids as text and times normalised; unconvertible rows are counted by reason; "
            + "the source is untouched; a second run adds nothing")
    void importsEverything() throws Exception {
        String panel = OriginalDatabaseFixture.snowflakeAt(T - 86_400_000L);
        String thread = OriginalDatabaseFixture.snowflakeAt(T - 3_600_000L);
        String logMessage = OriginalDatabaseFixture.snowflakeAt(T - 60_000L);
        String action = OriginalDatabaseFixture.snowflakeAt(T - 120_000L);
        Path from = source(OriginalDatabaseFixture.latest()
                .guild("100", "{\"modLog\":\"5\",\"somethingNew\":[1,2]}").guildWithIntegerId(200L, "{}")
                .user("u-1", "a@b.c", "999")
                .messages(10, 1, "100", List.of("c1", "c2"), List.of("a1", "a2"), T)
                .message(panel, "100", "panels", null, "bot", T, 1, 5, 0, "[]", "[]")
                .insert("message_stats", "message_id", null, "guild_id", "100", "channel_id", "c1", "author_id", "a1",
                        "sent_at", T, "word_count", 1, "char_count", 1)
                .insert("message_stats", "message_id", "x1", "guild_id", "100", "channel_id", "c1", "author_id", null,
                        "sent_at", T, "word_count", 1, "char_count", 1)
                .insert("message_stats", "message_id", "x2", "guild_id", "100", "channel_id", "c1", "author_id", "a1",
                        "sent_at", "2025-06-01", "word_count", 1, "char_count", 1)
                .insert("message_stats", "message_id", "x3", "guild_id", "100", "channel_id", "c1", "author_id", "a1",
                        "sent_at", T, "word_count", 1, "char_count", 1, "code_stats", "not json")
                .insert("message_stats", "message_id", "x4", "guild_id", "100", "channel_id", "c1", "author_id", "a1",
                        "sent_at", T, "word_count", 2, "char_count", 9, "react_count", null, "code_stats",
                        "[{\"chars\":4,\"words\":1,\"lines\":1}]")
                .channel("c1", "old", "Text").channel("c1", "general", "Text").channel("c9", "silent", null)
                .channel(null, "nameless", null)
                .ticketsConfig(panel, null, "role-1").ticketsConfig("p2", "c2", "role-2")
                .subscription("100", "paid", "active", "2025-07-01 00:00:00", "2025-01-01 00:00:00", "2025-02-01T00:00:00.000Z")
                .subscription("200", "free", "active", null, OriginalDatabaseFixture.BROKEN_DEFAULT,
                        OriginalDatabaseFixture.BROKEN_DEFAULT)
                .userThread("a1", "100", "t-a1", "2025-05-01T10:00:00Z")
                .userThread("a2", "100", "t-a2", "2025-05-02 10:00:00")
                .userThread("a3", "100", thread, null)
                .userThread("a4", "100", "not-a-snowflake", null)
                .report("r1", "100", "a1", "m1", "c1", logMessage, "log", "track", null)
                .report("r2", "100", "a1", "m2", "c1", "l2", "log", "nonsense", "2025-05-01 10:00:00")
                .modAction(action, "100", "a1", "ban", null)
                .modAction("plain-id", "100", "a1", "kick", null)
                .modAction("m3", "100", "a1", "warn", "2025-05-01 10:00:00")
                .webSession("s1", OriginalDatabaseFixture.JS_DATE_EXAMPLE));
        FolderState sourceBefore = FolderState.of(from.getParent());
        Path into = dir.resolve("gavel.db");

        Report first = OriginalImport.run(from, into, QUIET);

        Map<String, TableReport> t = byTable(first);
        assertThat(t.get("guilds").imported()).isEqualTo(2);
        assertThat(t.get("users").imported()).isEqualTo(1);
        TableReport messages = t.get("message_stats");
        assertThat(messages.read()).isEqualTo(16);
        assertThat(messages.imported()).isEqualTo(12);
        assertThat(messages.notConverted()).containsOnly(entry("no message_id", 1L), entry("no author_id", 1L),
                entry("sent_at is not a whole number of milliseconds", 1L), entry("code_stats or link_stats is not a JSON array", 1L));
        assertThat(messages.notes()).contains("1 empty react_count values imported as 0");
        TableReport channels = t.get("channel_info");
        assertThat(channels.imported()).isEqualTo(2);
        assertThat(channels.notConverted()).containsOnly(entry("no id", 1L),
                entry("an older row of the same channel (the newest was kept)", 1L));
        assertThat(channels.notes()).contains("1 channels have no guild: no recorded message was sent in them");
        assertThat(t.get("tickets_config").imported()).isEqualTo(2);
        assertThat(t.get("tickets_config").notes()).anyMatch(n -> n.startsWith("1 panels lack their guild"));
        assertThat(t.get("guild_subscriptions").imported()).isEqualTo(1);
        assertThat(t.get("guild_subscriptions").notConvertedCount()).isEqualTo(1);
        TableReport threads = t.get("user_threads");
        assertThat(threads.imported()).isEqualTo(3);
        assertThat(threads.notConverted()).containsOnly(
                entry("created_at is not a time and thread_id is not a Discord id to date it by", 1L));
        assertThat(t.get("reported_messages").imported()).isEqualTo(1);
        assertThat(t.get("reported_messages").notConverted()).containsOnly(entry("the reason is not anonReport, track or spam", 1L));
        assertThat(t.get("mod_actions").imported()).isEqualTo(1);
        assertThat(t.get("mod_actions").notConvertedCount()).isEqualTo(2);
        assertThat(t.get("sessions").imported()).isZero();
        assertThat(t.get("sessions").notConverted()).containsOnly(
                entry("a login to the original's web dashboard, not a recording session (skipped)", 1L));
        assertThat(FolderState.of(from.getParent())).isEqualTo(sourceBefore);

        try (Store store = Store.openReadOnly(into)) {
            ModerationReads reads = new ModerationReads(store);
            assertThat(reads.guildSettingsJson("100")).contains("{\"modLog\":\"5\",\"somethingNew\":[1,2]}");
            assertThat(reads.guildSettingsJson("200")).contains("{}");
            assertThat(one(store, "SELECT sum(messages) FROM author_day", Long.class)).isEqualTo(12);
            assertThat(one(store, "SELECT code_blocks FROM author_day WHERE author_id = 'a1' AND guild_id = '100'", Long.class))
                    .isEqualTo(1);
            var x4 = store.read(MessageStatsDao.class, d -> d.find("x4"));
            assertThat(x4).get().extracting(MessageStat::reactCount, MessageStat::linkStats).containsExactly(0, "[]");
            assertThat(one(store, "SELECT guild_id FROM channel_info WHERE id = 'c1'", String.class)).isEqualTo("100");
            assertThat(one(store, "SELECT name FROM channel_info WHERE id = 'c1'", String.class)).isEqualTo("general");
            assertThat(reads.ticketPanels("100")).singleElement().satisfies(p -> {
                assertThat(p.panelChannelId()).isEqualTo("panels");
                assertThat(p.buttonText()).isEqualTo("Open ticket");
                assertThat(p.createdAt()).isEqualTo(Instant.ofEpochMilli(T - 86_400_000L));
            });
            assertThat(reads.ticketPanelsWithoutGuild()).extracting(p -> p.messageId()).containsExactly("p2");
            assertThat(reads.userThread("100", "a3")).get().satisfies(u -> {
                assertThat(u.createdAt()).isEqualTo(Instant.ofEpochMilli(T - 3_600_000L));
                assertThat(u.updatedAt()).isEqualTo(u.createdAt());
            });
            assertThat(reads.reports("100")).singleElement().extracting(r -> r.createdAt())
                    .isEqualTo(Instant.ofEpochMilli(T - 60_000L));
            assertThat(reads.modActions("100")).singleElement().extracting(a -> a.createdAt())
                    .isEqualTo(Instant.ofEpochMilli(T - 120_000L));
            List<String> times = store.readTx(tx -> tx.handle().createQuery("SELECT created_at FROM user_threads "
                    + "UNION ALL SELECT updated_at FROM user_threads UNION ALL SELECT created_at FROM reported_messages "
                    + "UNION ALL SELECT created_at FROM mod_actions UNION ALL SELECT created_at FROM guild_subscriptions "
                    + "UNION ALL SELECT current_period_end FROM guild_subscriptions").mapTo(String.class).list());
            assertThat(times).hasSize(10).allMatch(s -> s.matches(ISO_MS));
        }

        Report second = OriginalImport.run(from, into, QUIET);

        assertThat(second.imported()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(first.imported());
        assertThat(second.notConverted()).isEqualTo(first.notConverted());
        assertThat(FolderState.of(from.getParent())).isEqualTo(sourceBefore);
        try (Store store = Store.openReadOnly(into)) {
            RollupRecomputation.assertRollupsMatchRawRows(store);
        }
    }

    @Test
    @DisplayName("imported messages count in every rollup as the DAO counts them, and once only when imported again")
    void importedRollups() throws Exception {
        long guild = 333_333_333_333_333_333L;
        List<MessageStat> messages = new StatsFixture.RandomActivity(new java.util.Random(5))
                .messages("m", Long.toString(guild), 1200, Instant.parse("2025-01-15T00:00:00Z"), Instant.parse("2025-03-15T00:00:00Z"));
        Path from = Files.createDirectories(dir.resolve("source")).resolve("stats.sqlite3");
        OriginalStatsFixture.create(from, guild, "{}", messages, List.of());
        Path into = dir.resolve("gavel.db");
        try (Store store = Store.open(into)) {
            // part of it recorded already: the import adds the rest
            store.write(tx -> {
                tx.dao(MessageStatsDao.class).upsertAll(messages.subList(0, 300));
                return null;
            }).get();
        }
        assertThat(byTable(OriginalImport.run(from, into, QUIET)).get("message_stats").imported()).isEqualTo(900);
        assertThat(byTable(OriginalImport.run(from, into, QUIET)).get("message_stats").imported()).isZero();
        try (Store imported = Store.open(into); Store reference = Store.open(dir.resolve("reference.db"))) {
            reference.write(tx -> {
                tx.dao(MessageStatsDao.class).upsertAll(messages);
                return null;
            }).get();
            Map<String, Integer> rows = RollupRecomputation.assertRollupsMatchRawRows(imported);
            assertThat(rows.get("code_lang_day")).isPositive();
            for (String table : Rollups.TABLES) {
                assertThat(StoreProbe.dump(imported, table)).as(table).isEqualTo(StoreProbe.dump(reference, table));
            }
        }
    }

    @Test
    @DisplayName("an older original database without code_stats and link_stats imports its messages with []")
    void olderVersion() throws Exception {
        Path from = source(OriginalDatabaseFixture.of(Version.INITIAL).messages(3, 1, "g", List.of("c"), List.of("a"), T));
        Report report = OriginalImport.run(from, dir.resolve("gavel.db"), QUIET);
        TableReport messages = byTable(report).get("message_stats");
        assertThat(messages.imported()).isEqualTo(3);
        assertThat(messages.notes()).anyMatch(n -> n.contains("no code_stats or link_stats column"));
        assertThat(byTable(report).get("user_threads").notes()).anyMatch(n -> n.startsWith("not in this database"));
    }

    @Test
    @DisplayName("a message already in the store with other values is kept and the imported one reported")
    void conflictingMessage() throws Exception {
        Path into = dir.resolve("gavel.db");
        try (Store store = Store.open(into)) {
            store.write(tx -> {
                tx.dao(MessageStatsDao.class).upsert(new MessageStat("1", "g", "other", null, "a", null, T, 1, 1, 0, "[]", "[]"));
                return null;
            }).get();
        }
        Path from = source(OriginalDatabaseFixture.latest().messages(2, 1, "g", List.of("c"), List.of("a"), T));
        TableReport messages = byTable(OriginalImport.run(from, into, QUIET)).get("message_stats");
        assertThat(messages.imported()).isEqualTo(1);
        assertThat(messages.notConverted()).containsOnly(
                entry("another message with the same message_id is already in the store (kept)", 1L));
    }

    @Test
    @DisplayName("a Gavel store of an older schema is brought up to date before the import")
    void olderTarget() throws Exception {
        Path into = dir.resolve("gavel.db");
        org.flywaydb.core.Flyway.configure().dataSource(SqliteUrls.readWrite(into), null, null)
                .locations("classpath:db/migration").target("2").load().migrate();
        Path from = source(OriginalDatabaseFixture.latest().messages(2, 1, "g", List.of("c"), List.of("a"), T));
        assertThat(byTable(OriginalImport.run(from, into, QUIET)).get("message_stats").imported()).isEqualTo(2);
        try (Store store = Store.openReadOnly(into)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.SCHEMA_VERSION);
            assertThat(one(store, "SELECT sum(messages) FROM author_day", Long.class)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a Gavel store as the source, or the source as the target, is refused")
    void refusals() throws Exception {
        Path gavel = dir.resolve("gavel.db");
        Store.open(gavel).close();
        assertThatThrownBy(() -> OriginalImport.run(gavel, dir.resolve("other.db"), QUIET)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a Gavel store, not a database of the original bot");
        Path from = source(OriginalDatabaseFixture.latest());
        FolderState before = FolderState.of(from.getParent());
        assertThatThrownBy(() -> OriginalImport.run(from, from, QUIET)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is the file being imported");
        assertThat(FolderState.of(from.getParent())).isEqualTo(before);
    }
}
