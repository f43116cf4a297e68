package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import dev.gavel.core.model.MessageStat;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The V4 rollups equal a recomputation from message_stats: kept by triggers, and filled for rows recorded before. */
class DayMonthRollupsTest {

    private static final Instant FIRST = Instant.parse("2024-12-20T00:00:00Z");
    private static final Instant LAST = Instant.parse("2025-02-10T00:00:00Z");
    private static final String MONTH = "CAST(strftime('%Y', sent_at / 1000, 'unixepoch') AS INTEGER) * 12 "
            + "+ CAST(strftime('%m', sent_at / 1000, 'unixepoch') AS INTEGER) - 1";
    private static final String MEASURES = "count(*), sum(word_count), sum(char_count), sum(react_count), "
            + "sum(json_array_length(code_stats) > 0), sum(json_array_length(link_stats) > 0), sum(json_array_length(code_stats)), "
            + "sum((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(code_stats))), "
            + "sum((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(code_stats)))";
    private static final String ROLLUP_MEASURES = "messages, words, chars, reactions, code_messages, link_messages, code_blocks, "
            + "code_lines, code_chars";

    @TempDir
    Path dir;

    @Test
    @DisplayName("triggers keep channel_day, code_lang_day, activity_month and author_day's spread true through inserts, edits, moves and deletions")
    void triggers() throws Exception {
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
        }
        try (Store store = Store.open(file)) {
            assertRollupsMatchRawRows(store);
        }
    }

    private static void assertRollupsMatchRawRows(Store store) {
        assertSame(store, "SELECT guild_id, day, channel_id, category, " + ROLLUP_MEASURES + " FROM channel_day",
                "SELECT guild_id, sent_at / 86400000, channel_id, coalesce(channel_category, ''), " + MEASURES
                        + " FROM message_stats GROUP BY 1, 2, 3, 4");
        assertSame(store, "SELECT guild_id, month, author_id, channel_id, category, " + ROLLUP_MEASURES + " FROM activity_month",
                "SELECT guild_id, " + MONTH + ", author_id, channel_id, coalesce(channel_category, ''), " + MEASURES
                        + " FROM message_stats GROUP BY 1, 2, 3, 4, 5");
        assertSame(store, "SELECT guild_id, day, channel_id, category, kind, lang, blocks, lines, chars FROM code_lang_day",
                "SELECT m.guild_id, m.sent_at / 86400000, m.channel_id, coalesce(m.channel_category, ''), "
                        + "CASE WHEN json_type(j.value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, "
                        + "coalesce(json_extract(j.value, '$.lang'), ''), count(*), sum(json_extract(j.value, '$.lines')), "
                        + "sum(json_extract(j.value, '$.chars')) FROM message_stats m, json_each(m.code_stats) j GROUP BY 1, 2, 3, 4, 5, 6");
        assertSame(store, "SELECT guild_id, day, author_id, messages, channels, categories FROM author_day",
                "SELECT guild_id, sent_at / 86400000, author_id, count(*), count(DISTINCT channel_id), "
                        + "count(DISTINCT nullif(channel_category, '')) FROM message_stats GROUP BY 1, 2, 3");
    }

    private static void assertSame(Store store, String rollup, String recomputed) {
        List<String> kept = rows(store, rollup);
        assertThat(kept).as(rollup).isNotEmpty().containsExactlyInAnyOrderElementsOf(rows(store, recomputed));
    }

    private static List<String> rows(Store store, String sql) {
        return store.readTx(tx -> tx.handle().createQuery(sql).map((rs, ctx) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            return row.toString();
        }).list());
    }
}
