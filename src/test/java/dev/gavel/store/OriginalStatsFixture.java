package dev.gavel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.MessageStat;

/**
 * A minimal database as the original bot made it (shared/seed): its tables and loose column types,
 * a {@code kysely_migration} table, the guild id stored as a number, a web-login session (not a
 * recorder session) with a JS {@code Date.toString()} expiry, and no rollups, members or profiles.
 */
public final class OriginalStatsFixture {

    private OriginalStatsFixture() {
    }

    public static void create(Path file, long guildId, String settingsJson, List<MessageStat> messages, List<ChannelInfo> channels)
            throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String ddl : List.of(
                    "CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)",
                    "CREATE TABLE kysely_migration_lock (id varchar(255) NOT NULL PRIMARY KEY, is_locked integer DEFAULT 0 NOT NULL)",
                    "CREATE TABLE users (id uuid PRIMARY KEY, email text, externalId text NOT NULL, authProvider text DEFAULT 'discord')",
                    "CREATE TABLE sessions (id uuid PRIMARY KEY, data json, expires datetime)",
                    "CREATE TABLE guilds (id PRIMARY KEY, settings json)",
                    "CREATE TABLE message_stats (message_id text, author_id text NOT NULL, guild_id text NOT NULL, "
                            + "channel_id text NOT NULL, channel_category text, recipient_id text, sent_at number NOT NULL, "
                            + "word_count number NOT NULL, char_count number NOT NULL, react_count number NOT NULL DEFAULT 0, "
                            + "code_stats json NOT NULL DEFAULT '[]', link_stats json NOT NULL DEFAULT '[]')",
                    "CREATE TABLE channel_info (id text, name text, category text)",
                    "CREATE TABLE tickets_config (message_id text PRIMARY KEY, channel_id text, role_id text NOT NULL)",
                    "CREATE TABLE guild_subscriptions (guild_id text PRIMARY KEY, stripe_customer_id text, stripe_subscription_id text, "
                            + "product_tier text DEFAULT 'free' NOT NULL, status text DEFAULT 'active' NOT NULL, "
                            + "current_period_end datetime, created_at datetime DEFAULT 'CURRENT_TIMESTAMP', "
                            + "updated_at datetime DEFAULT 'CURRENT_TIMESTAMP')",
                    "INSERT INTO kysely_migration VALUES ('20240101000000_initial', '2024-01-01T00:00:00.000Z')",
                    "INSERT INTO sessions VALUES ('3f1d6c1e-0000-4000-8000-000000000001', '{\"userId\":\"u-web\"}', "
                            + "'Tue Mar 04 2025 10:00:00 GMT+0000 (Coordinated Universal Time)')")) {
                statement.execute(ddl);
            }
            try (PreparedStatement guild = connection.prepareStatement("INSERT INTO guilds (id, settings) VALUES (?, ?)")) {
                guild.setLong(1, guildId);
                guild.setString(2, settingsJson);
                guild.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_stats (message_id, author_id, guild_id, "
                    + "channel_id, channel_category, recipient_id, sent_at, word_count, char_count, react_count, code_stats, link_stats) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (MessageStat m : messages) {
                    insert.setString(1, m.messageId());
                    insert.setString(2, m.authorId());
                    insert.setString(3, m.guildId());
                    insert.setString(4, m.channelId());
                    insert.setString(5, m.channelCategory());
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
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO channel_info (id, name, category) VALUES (?, ?, ?)")) {
                for (ChannelInfo channel : channels) {
                    insert.setString(1, channel.id());
                    insert.setString(2, channel.name());
                    insert.setString(3, channel.category());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
