package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.gavel.core.model.MessageStat;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The V4 rollups equal a recomputation from message_stats: kept by the DAO (since V5; by triggers
 * before), and filled for rows recorded before V4.
 */
class DayMonthRollupsTest {

    private static final Instant FIRST = Instant.parse("2024-12-20T00:00:00Z");
    private static final Instant LAST = Instant.parse("2025-02-10T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("the DAO keeps channel_day, code_lang_day, activity_month and author_day's spread true through inserts, edits, moves and deletions")
    void keptByTheDao() throws Exception {
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            Random random = new Random(11);
            StatsFixture.RandomActivity activity = new StatsFixture.RandomActivity(random);
            List<MessageStat> messages = activity.messages("m", "g", 3000, FIRST, LAST);
            store.write(tx -> {
                tx.dao(MessageStatsDao.class).upsertAll(messages);
                return null;
            }).get();
            store.write(tx -> {
                MessageStatsDao dao = tx.dao(MessageStatsDao.class);
                for (int i = 0; i < 3000; i += 5) {
                    dao.addReactions("m" + i, random.nextInt(5) - 2);
                }
                for (int i = 1; i < 3000; i += 7) {
                    dao.updateContent("m" + i, random.nextInt(30), random.nextInt(100), activity.codeStats(), activity.links());
                }
                for (int i = 2; i < 3000; i += 9) {
                    dao.upsert(activity.message("m" + i, "g", FIRST.toEpochMilli() + random.nextInt(40) * 86_400_000L));
                }
                for (int i = 3; i < 3000; i += 4) {
                    dao.delete("m" + i);
                }
                return null;
            }).get();
            assertRollupsMatchRawRows(store);
        }
    }

    @Test
    @DisplayName("a store recorded under schema 3 gets the V4 rollups filled when it is opened")
    void backfill() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("3").load().migrate();
        List<MessageStat> messages = new StatsFixture.RandomActivity(new Random(12)).messages("m", "g", 2000, FIRST, LAST);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO message_stats (message_id, guild_id, channel_id, "
                     + "channel_category, author_id, sent_at, word_count, char_count, react_count, code_stats, link_stats) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (MessageStat m : messages) {
                insert.setString(1, m.messageId());
                insert.setString(2, m.guildId());
                insert.setString(3, m.channelId());
                insert.setString(4, m.channelCategory());
                insert.setString(5, m.authorId());
                insert.setLong(6, m.sentAt());
                insert.setInt(7, m.wordCount());
                insert.setInt(8, m.charCount());
                insert.setInt(9, m.reactCount());
                insert.setString(10, m.codeStats());
                insert.setString(11, m.linkStats());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
        try (Store store = Store.open(file)) {
            assertRollupsMatchRawRows(store);
        }
    }

    private static void assertRollupsMatchRawRows(Store store) {
        Map<String, Integer> rows = RollupRecomputation.assertRollupsMatchRawRows(store);
        for (String table : List.of("channel_day", "activity_month", "code_lang_day", "author_day")) {
            assertThat(rows.get(table)).as(table).isPositive();
        }
        assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM author_day WHERE channels > 1")).as("authors in several channels a day")
                .isPositive();
        assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM author_day WHERE categories = 0")).as("authors in no category a day")
                .isPositive();
    }
}
