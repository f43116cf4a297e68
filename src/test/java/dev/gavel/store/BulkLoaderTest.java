package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.MessageStat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoaderTest {

    private static final List<String> ROLLUPS = Rollups.TABLES;
    private static final List<String> CODE = List.of(
            "[]",
            "[]",
            "[]",
            "[{\"chars\":11,\"words\":2,\"lines\":1}]",
            "[{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]",
            "[{\"chars\":11,\"words\":2,\"lines\":1},{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]",
            "[{\"chars\":5,\"words\":1,\"lines\":1,\"lang\":\"\"}]",
            "[{\"chars\":120,\"words\":14,\"lines\":6,\"lang\":\"py\"},{\"chars\":40,\"words\":6,\"lines\":3,\"lang\":\"py\"}]");
    private static final List<String> LINKS = List.of("[]", "[]", "[\"https://a.com\"]", "[\"https://a.com\",\"https://b.com/y\"]");
    private static final List<String> CATEGORIES = java.util.Arrays.asList("General", "Help", null, "", "help-forum");
    /** 2025-01-31T22:00Z: the rows cross an hour, a day and a month boundary. */
    private static final long START = Instant.parse("2025-01-31T22:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    @DisplayName("rollups summed by the bulk loader, in slices of rows in no particular order, equal those the DAO keeps row by row")
    void rollupsEqualDao() throws Exception {
        List<MessageStat> rows = rows(4_000, 7);
        Path bulkFile = dir.resolve("bulk.db");
        try (BulkLoader loader = BulkLoader.create(bulkFile, false, 300)) {
            rows.subList(0, 3_900).forEach(loader::addMessage);
            // rows written through the DAO during a load count once: finish sums the rollups afresh
            loader.write(tx -> {
                tx.dao(MessageStatsDao.class).upsertAll(rows.subList(3_900, rows.size()));
                return null;
            });
            loader.finish((step, done, total) -> { });
        }
        try (Store bulk = Store.open(bulkFile); Store reference = Store.open(dir.resolve("reference.db"))) {
            // the reference in calls of 1, 13 and 600 rows, each summing its own changes
            int[] sizes = {1, 13, 600};
            for (int from = 0, call = 0; from < rows.size(); call++) {
                List<MessageStat> part = rows.subList(from, Math.min(rows.size(), from + sizes[call % sizes.length]));
                reference.write(tx -> {
                    tx.dao(MessageStatsDao.class).upsertAll(part);
                    return null;
                }).get();
                from += part.size();
            }
            assertThat(StoreProbe.scalar(reference, "SELECT count(*) FROM activity_hour")).isGreaterThan(100);
            assertThat(StoreProbe.scalar(reference, "SELECT count(*) FROM code_lang_hour")).isGreaterThan(10);
            assertSameTables(bulk, reference, Stream.concat(Stream.of("message_stats"), ROLLUPS.stream()).toList());
            RollupRecomputation.assertRollupsMatchRawRows(bulk);

            // WHEN the bulk-built store is written through the DAO afterwards, the DAO keeps it true
            List<MessageStat> more = rows(300, 8).stream()
                    .map(m -> new MessageStat("x" + m.messageId(), m.guildId(), m.channelId(), m.channelCategory(),
                            m.authorId(), m.recipientId(), m.sentAt(), m.wordCount(), m.charCount(), m.reactCount(),
                            m.codeStats(), m.linkStats()))
                    .toList();
            for (Store store : List.of(bulk, reference)) {
                store.write(tx -> {
                    tx.dao(MessageStatsDao.class).upsertAll(more);
                    tx.dao(MessageStatsDao.class).delete(rows.get(0).messageId());
                    tx.dao(MessageStatsDao.class).addReactions(rows.get(1).messageId(), 3);
                    return null;
                }).get();
            }
            assertSameTables(bulk, reference, ROLLUPS);
            RollupRecomputation.assertRollupsMatchRawRows(bulk);
        }
    }

    @Test
    @DisplayName("the finished store has the schema's indexes (and, like it, no trigger), WAL, and no file beside it")
    void finishedStoreHasFullSchema() throws Exception {
        Path file = dir.resolve("gavel.db");
        List<String> steps = new ArrayList<>();
        try (BulkLoader loader = BulkLoader.create(file, false)) {
            loader.write(tx -> {
                tx.dao(GuildDao.class).upsertProfile(new GuildProfile("g1", "Guild", null, 3, true));
                return null;
            });
            rows(50, 1).forEach(loader::addMessage);
            assertThat(loader.messagesAdded()).isEqualTo(50);
            loader.finish((step, done, total) -> steps.add(step));
        }
        assertThat(steps).isNotEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("gavel.db");
        }
        try (Store built = Store.open(file); Store fresh = Store.open(dir.resolve("fresh.db"))) {
            assertThat(StoreProbe.schema(built, "index")).isEqualTo(StoreProbe.schema(fresh, "index"));
            assertThat(StoreProbe.schema(built, "index")).isNotEmpty();
            assertThat(StoreProbe.schema(built, "trigger")).isEqualTo(StoreProbe.schema(fresh, "trigger")).isEmpty();
            assertThat(StoreProbe.schema(built, "table")).isEqualTo(StoreProbe.schema(fresh, "table"));
            var journal = StoreProbe.query(built, "PRAGMA journal_mode").get(0).get(0);
            assertThat(journal.toString()).isEqualToIgnoringCase("wal");
            assertThat(StoreProbe.scalar(built, "SELECT count(*) FROM guild_profiles")).isEqualTo(1);
            assertThat(StoreProbe.scalar(built, "SELECT count(*) FROM sqlite_stat1")).isPositive();
        }
    }

    @Test
    @DisplayName("an existing file is refused and left untouched")
    void refusesExistingFile() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> BulkLoader.create(file, false))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("replacing a store swaps it only when the new one is finished, and drops the old one's WAL")
    void replacesOnlyWhenFinished() throws Exception {
        Path file = dir.resolve("gavel.db");
        try (BulkLoader loader = BulkLoader.create(file, false)) {
            rows(10, 2).forEach(loader::addMessage);
            loader.finish((step, done, total) -> { });
        }
        byte[] old = Files.readAllBytes(file);
        Files.write(dir.resolve("gavel.db-wal"), new byte[] {1, 2, 3});
        try (BulkLoader loader = BulkLoader.create(file, true)) {
            rows(20, 3).forEach(loader::addMessage);
            assertThat(Files.readAllBytes(file)).isEqualTo(old);
            loader.finish((step, done, total) -> { });
        }
        assertThat(dir.resolve("gavel.db-wal")).doesNotExist();
        try (Store store = Store.open(file)) {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isEqualTo(20);
        }
    }

    @Test
    @DisplayName("a load closed before it is finished leaves nothing behind")
    void abandonedLoadLeavesNothing() throws Exception {
        try (BulkLoader loader = BulkLoader.create(dir.resolve("sub/gavel.db"), false)) {
            rows(10, 4).forEach(loader::addMessage);
        }
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("a duplicate message id fails the load with a sentence")
    void duplicateIdFails() {
        MessageStat row = rows(1, 5).get(0);
        try (BulkLoader loader = BulkLoader.create(dir.resolve("gavel.db"), false)) {
            loader.addMessage(row);
            loader.addMessage(row);
            assertThatThrownBy(() -> loader.finish((step, done, total) -> { }))
                    .isInstanceOf(StoreException.class).hasMessageContaining("could not build");
        }
        assertThat(dir.resolve("gavel.db")).doesNotExist();
    }

    private static void assertSameTables(Store actual, Store expected, List<String> tables) {
        for (String table : tables) {
            assertThat(StoreProbe.dump(actual, table)).as(table).isEqualTo(StoreProbe.dump(expected, table));
        }
    }

    /** Varied rows: two guilds, null and empty categories, inline and fenced code, links, reactions. */
    private static List<MessageStat> rows(int count, long seed) {
        Random random = new Random(seed);
        List<MessageStat> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sentAt = START + (long) (random.nextDouble() * 3 * 3_600_000L);
            rows.add(new MessageStat(seed + "-" + i, "g" + (1 + random.nextInt(2)), "c" + random.nextInt(5),
                    CATEGORIES.get(random.nextInt(CATEGORIES.size())), "a" + random.nextInt(20),
                    random.nextInt(4) == 0 ? "a" + random.nextInt(20) : null, sentAt, random.nextInt(40),
                    random.nextInt(200), random.nextInt(6) == 0 ? random.nextInt(9) : 0,
                    CODE.get(random.nextInt(CODE.size())), LINKS.get(random.nextInt(LINKS.size()))));
        }
        return rows;
    }
}
