package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.gavel.core.model.MessageStat;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store recorded under schema 4 (rollups kept by triggers) goes on with the rollups kept by the DAO. */
class RollupUpgradeTest {

    private static final Instant FIRST = Instant.parse("2025-01-20T00:00:00Z");
    private static final Instant LAST = Instant.parse("2025-02-10T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("a V4 store loses its triggers on opening, keeps its rollups, and the DAO keeps them true from then on")
    void upgradeFromTriggers() throws Exception {
        // GIVEN a store at schema 4 whose rollups its triggers filled through inserts, edits, moves and deletions
        Path file = dir.resolve("v4.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("4").load().migrate();
        Random random = new Random(44);
        StatsFixture.RandomActivity activity = new StatsFixture.RandomActivity(random);
        List<MessageStat> recorded = activity.messages("m", "g", 2000, FIRST, LAST);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_stats (" + MessageStatsDao.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (MessageStat m : recorded) {
                    insert.setString(1, m.messageId());
                    insert.setString(2, m.guildId());
                    insert.setString(3, m.channelId());
                    insert.setString(4, m.channelCategory());
                    insert.setString(5, m.authorId());
                    insert.setString(6, m.recipientId());
                    insert.setLong(7, m.sentAt());
                    insert.setInt(8, m.wordCount());
                    insert.setInt(9, m.charCount());
                    insert.setInt(10, m.reactCount());
                    insert.setString(11, m.codeStats());
                    insert.setString(12, m.linkStats());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE message_stats SET react_count = react_count + 2 WHERE rowid % 5 = 0");
                sql.executeUpdate("UPDATE message_stats SET channel_id = 'c2', channel_category = 'Help' WHERE rowid % 7 = 0");
                sql.executeUpdate("UPDATE message_stats SET sent_at = sent_at + 86400000 WHERE rowid % 11 = 0");
                sql.executeUpdate("DELETE FROM message_stats WHERE rowid % 13 = 0");
            }
            connection.commit();
        }
        assertThat(triggerCount(file)).isEqualTo(10);

        try (Store store = Store.open(file)) {
            // WHEN it is opened: schema 5, no trigger left, the rollups as the triggers left them, and true
            assertThat(store.schemaVersion()).isEqualTo(5);
            assertThat(StoreProbe.schema(store, "trigger")).isEmpty();
            RollupRecomputation.assertRollupsMatchRawRows(store);

            // THEN writes through the DAO keep them true: new rows, edits, reactions, moves, deletions
            List<MessageStat> more = activity.messages("n", "g", 500, FIRST, LAST);
            store.write(tx -> {
                MessageStatsDao dao = tx.dao(MessageStatsDao.class);
                dao.upsertAll(more);
                for (int i = 0; i < 2000; i += 3) {
                    dao.addReactions("m" + i, random.nextInt(5) - 2);
                }
                for (int i = 1; i < 2000; i += 7) {
                    dao.updateContent("m" + i, random.nextInt(30), random.nextInt(100), activity.codeStats(), activity.links());
                }
                List<MessageStat> moved = new ArrayList<>();
                for (int i = 2; i < 2000; i += 9) {
                    moved.add(activity.message("m" + i, random.nextBoolean() ? "g" : "h",
                            FIRST.toEpochMilli() + random.nextInt(20) * 86_400_000L));
                }
                dao.upsertAll(moved);
                List<String> gone = new ArrayList<>();
                for (int i = 3; i < 2000; i += 4) {
                    gone.add("m" + i);
                }
                dao.deleteAll(gone);
                return null;
            }).get();
            RollupRecomputation.assertRollupsMatchRawRows(store);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE guild_id = 'h'")).isPositive();
        }
    }

    private static long triggerCount(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement();
             var rs = sql.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
