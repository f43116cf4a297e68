package dev.gavel.store.original;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a database as the original bot (reactiflux/mod-bot, Kysely + SQLite) left it, with plain
 * JDBC and DDL written from the facts of its schema, quirks included: ids stored as INTEGER in
 * {@code guilds.id}, {@code created_at} in three formats (ISO {@code …Z}, {@code YYYY-MM-DD HH:MM:SS}
 * and the literal text {@code CURRENT_TIMESTAMP} of its broken defaults), {@code sessions.expires}
 * as a JS {@code Date.toString()} text, nullable text primary keys, and older versions that lack
 * later tables or columns.
 *
 * <pre>{@code
 * Path file = OriginalDatabaseFixture.latest()
 *         .journal(Journal.WAL)
 *         .guild("100", "{\"modLog\":\"200\"}")
 *         .channel("300", "general", "Text")
 *         .message("400", "100", "300", "500", 1_700_000_000_000L)
 *         .userThread("500", "100", "600", OriginalDatabaseFixture.BROKEN_DEFAULT)
 *         .writeTo(dir.resolve("mod-bot.sqlite3"));
 * }</pre>
 */
public final class OriginalDatabaseFixture {

    /** The literal text the original's quoted {@code defaultTo("CURRENT_TIMESTAMP")} wrote. */
    public static final String BROKEN_DEFAULT = "CURRENT_TIMESTAMP";
    /** A JS {@code Date.toString()} text, as the original stored {@code sessions.expires}. */
    public static final String JS_DATE_EXAMPLE = "Tue Jul 29 2025 14:03:11 GMT+0000 (Coordinated Universal Time)";
    /** Snowflakes count milliseconds from the start of 2015 in their upper bits. */
    public static final long DISCORD_EPOCH_MS = 1_420_070_400_000L;

    public enum Journal { ROLLBACK, WAL }

    /** The original's tables, in the order its versions added them. */
    public enum Table {
        USERS("users"), SESSIONS("sessions"), GUILDS("guilds"), MESSAGE_STATS("message_stats"),
        CHANNEL_INFO("channel_info"), TICKETS_CONFIG("tickets_config"), GUILD_SUBSCRIPTIONS("guild_subscriptions"),
        USER_THREADS("user_threads"), REPORTED_MESSAGES("reported_messages"), MOD_ACTIONS("mod_actions");

        public final String sqlName;

        Table(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    /**
     * Versions of the original's schema, each with the Kysely migrations it had applied. The
     * migration names are this fixture's own; Gavel only lists whatever names it finds.
     */
    public enum Version {
        /** Before code and link statistics, subscriptions, user threads, reports and mod actions. */
        INITIAL(EnumSet.of(Table.USERS, Table.SESSIONS, Table.GUILDS, Table.MESSAGE_STATS, Table.CHANNEL_INFO,
                Table.TICKETS_CONFIG), false, List.of("20220101000000_initial", "20230115000000_tickets")),
        SUBSCRIPTIONS(EnumSet.of(Table.USERS, Table.SESSIONS, Table.GUILDS, Table.MESSAGE_STATS, Table.CHANNEL_INFO,
                Table.TICKETS_CONFIG, Table.GUILD_SUBSCRIPTIONS), true,
                List.of("20220101000000_initial", "20230115000000_tickets", "20240301000000_message_code_link_stats",
                        "20240610000000_guild_subscriptions")),
        USER_THREADS(EnumSet.complementOf(EnumSet.of(Table.REPORTED_MESSAGES, Table.MOD_ACTIONS)), true,
                List.of("20220101000000_initial", "20230115000000_tickets", "20240301000000_message_code_link_stats",
                        "20240610000000_guild_subscriptions", "20250620000000_user_threads")),
        LATEST(EnumSet.allOf(Table.class), true,
                List.of("20220101000000_initial", "20230115000000_tickets", "20240301000000_message_code_link_stats",
                        "20240610000000_guild_subscriptions", "20250620000000_user_threads",
                        "20250705000000_reported_messages", "20250720000000_mod_actions"));

        final Set<Table> tables;
        final boolean statsJsonColumns;
        final List<String> migrations;

        Version(Set<Table> tables, boolean statsJsonColumns, List<String> migrations) {
            this.tables = tables;
            this.statsJsonColumns = statsJsonColumns;
            this.migrations = migrations;
        }
    }

    private final Version version;
    private final EnumSet<Table> tables;
    private boolean statsJsonColumns;
    private Journal journal = Journal.ROLLBACK;
    private boolean brokenTimeDefaults = true;
    private final List<Row> rows = new ArrayList<>();

    private OriginalDatabaseFixture(Version version) {
        this.version = version;
        this.tables = EnumSet.copyOf(version.tables);
        this.statsJsonColumns = version.statsJsonColumns;
    }

    public static OriginalDatabaseFixture latest() {
        return of(Version.LATEST);
    }

    public static OriginalDatabaseFixture of(Version version) {
        return new OriginalDatabaseFixture(version);
    }

    public OriginalDatabaseFixture journal(Journal mode) {
        this.journal = mode;
        return this;
    }

    /** Leaves tables out, as an older or partly migrated database would. */
    public OriginalDatabaseFixture without(Table... left) {
        for (Table table : left) {
            tables.remove(table);
        }
        return this;
    }

    /** {@code message_stats} without its {@code code_stats} and {@code link_stats} columns. */
    public OriginalDatabaseFixture withoutStatsJsonColumns() {
        statsJsonColumns = false;
        return this;
    }

    /**
     * Time defaults as SQLite's own {@code CURRENT_TIMESTAMP} ({@code YYYY-MM-DD HH:MM:SS}) instead
     * of the quoted text the original's defaults wrote.
     */
    public OriginalDatabaseFixture workingTimeDefaults() {
        brokenTimeDefaults = false;
        return this;
    }

    /** Any row, column by column: {@code insert("message_stats", "message_id", null, "author_id", "1", ...)}. */
    public OriginalDatabaseFixture insert(String table, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("insert takes column names and values in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        rows.add(new Row(table, values));
        return this;
    }

    /** A guild whose id is stored as text. */
    public OriginalDatabaseFixture guild(String id, String settingsJson) {
        return insert("guilds", "id", id, "settings", settingsJson);
    }

    /** A guild whose id the original stored as an INTEGER value. */
    public OriginalDatabaseFixture guildWithIntegerId(long id, String settingsJson) {
        return insert("guilds", "id", id, "settings", settingsJson);
    }

    public OriginalDatabaseFixture channel(String id, String name, String category) {
        return insert("channel_info", "id", id, "name", name, "category", category);
    }

    /** A message of 3 words and 15 characters, no reactions, no code, no links. */
    public OriginalDatabaseFixture message(String messageId, String guildId, String channelId, String authorId, long sentAtMs) {
        return message(messageId, guildId, channelId, null, authorId, sentAtMs, 3, 15, 0, "[]", "[]");
    }

    /** A message with every column given; {@code codeStats} and {@code linkStats} are dropped when the version lacks them. */
    public OriginalDatabaseFixture message(String messageId, String guildId, String channelId, String category, String authorId,
                                           long sentAtMs, int words, int chars, int reactions, String codeStats, String linkStats) {
        Object[] values = {"message_id", messageId, "guild_id", guildId, "channel_id", channelId, "channel_category", category,
                "author_id", authorId, "sent_at", sentAtMs, "word_count", words, "char_count", chars, "react_count", reactions,
                "code_stats", codeStats, "link_stats", linkStats};
        return insert("message_stats", values);
    }

    /**
     * {@code count} messages with ids {@code firstId, firstId + 1, …}, one a minute from {@code startMs},
     * spread over the given channels and authors in turn.
     */
    public OriginalDatabaseFixture messages(int count, long firstId, String guildId, List<String> channelIds, List<String> authorIds,
                                            long startMs) {
        for (int i = 0; i < count; i++) {
            message(Long.toString(firstId + i), guildId, channelIds.get(i % channelIds.size()), authorIds.get(i % authorIds.size()),
                    startMs + i * 60_000L);
        }
        return this;
    }

    /** {@code createdAt} null leaves the column to its default (the literal {@code CURRENT_TIMESTAMP} unless {@link #workingTimeDefaults()}). */
    public OriginalDatabaseFixture userThread(String userId, String guildId, String threadId, String createdAt) {
        return createdAt == null
                ? insert("user_threads", "user_id", userId, "guild_id", guildId, "thread_id", threadId)
                : insert("user_threads", "user_id", userId, "guild_id", guildId, "thread_id", threadId, "created_at", createdAt);
    }

    public OriginalDatabaseFixture report(String id, String guildId, String reportedUserId, String reportedMessageId,
                                          String reportedChannelId, String logMessageId, String logChannelId, String reason,
                                          String createdAt) {
        insert("reported_messages", "id", id, "reported_message_id", reportedMessageId, "reported_channel_id", reportedChannelId,
                "reported_user_id", reportedUserId, "guild_id", guildId, "log_message_id", logMessageId,
                "log_channel_id", logChannelId, "reason", reason, "staff_id", "staff-1", "staff_username", "mod",
                "extra", "note", "created_at", createdAt);
        return this;
    }

    public OriginalDatabaseFixture modAction(String id, String guildId, String userId, String actionType, String createdAt) {
        return insert("mod_actions", "id", id, "user_id", userId, "guild_id", guildId, "action_type", actionType,
                "executor_id", "exec-1", "executor_username", "mod", "reason", "spam", "duration", null, "created_at", createdAt);
    }

    public OriginalDatabaseFixture ticketsConfig(String messageId, String channelId, String roleId) {
        return insert("tickets_config", "message_id", messageId, "channel_id", channelId, "role_id", roleId);
    }

    public OriginalDatabaseFixture subscription(String guildId, String tier, String status, String periodEnd, String createdAt,
                                                String updatedAt) {
        return insert("guild_subscriptions", "guild_id", guildId, "stripe_customer_id", "cus_1", "stripe_subscription_id", "sub_1",
                "product_tier", tier, "status", status, "current_period_end", periodEnd, "created_at", createdAt,
                "updated_at", updatedAt);
    }

    public OriginalDatabaseFixture user(String id, String email, String externalId) {
        return insert("users", "id", id, "email", email, "externalId", externalId);
    }

    /** A web login session of the original's dashboard, expiring at a JS {@code Date.toString()} text. */
    public OriginalDatabaseFixture webSession(String id, String expires) {
        return insert("sessions", "id", id, "data", "{\"userId\":\"u-1\"}", "expires", expires);
    }

    /** The snowflake of a given time: what Discord would give an object made at {@code epochMs}. */
    public static String snowflakeAt(long epochMs) {
        return Long.toString((epochMs - DISCORD_EPOCH_MS) << 22);
    }

    /** Writes the database, closed cleanly (no journal or WAL file left beside it). */
    public Path writeTo(Path file) {
        try (Connection connection = create(file)) {
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture could not be written to " + file, e);
        }
    }

    /**
     * Writes the database in WAL mode and leaves {@code file}-wal beside it holding the last
     * {@code rowsOnlyInWal} rows (committed, never checkpointed), as a copy of a running bot's
     * files would. No -shm file is left.
     */
    public Path writeWithPendingWal(Path file, int rowsOnlyInWal) {
        if (rowsOnlyInWal < 1 || rowsOnlyInWal > rows.size()) {
            throw new IllegalArgumentException("rowsOnlyInWal must be between 1 and the number of rows");
        }
        journal = Journal.WAL;
        Path scratch = scratchFolder(file);
        Path live = scratch.resolve(file.getFileName());
        List<Row> walRows = new ArrayList<>(rows.subList(rows.size() - rowsOnlyInWal, rows.size()));
        rows.removeAll(walRows);
        try (Connection connection = create(live); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            connection.setAutoCommit(false);
            for (Row row : walRows) {
                row.insertWith(connection);
            }
            connection.commit();
            copy(live, file);
            copy(Path.of(live + "-wal"), Path.of(file + "-wal"));
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture could not be written to " + file, e);
        } finally {
            rows.addAll(walRows);
            deleteFolder(scratch);
        }
        return file;
    }

    /**
     * Writes the database in rollback-journal mode with a hot journal beside it: the files as a
     * crash in the middle of a transaction leaves them. SQLite rolls the journal back on the next
     * write access; a read-only reader cannot.
     */
    public Path writeWithHotJournal(Path file) {
        journal = Journal.ROLLBACK;
        Path scratch = scratchFolder(file);
        Path live = scratch.resolve(file.getFileName());
        try (Connection connection = create(live); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = 1");
            connection.setAutoCommit(false);
            statement.execute("CREATE TABLE interrupted_work (x TEXT)");
            for (int i = 0; i < 200; i++) {
                statement.execute("INSERT INTO interrupted_work VALUES (hex(randomblob(500)))");
            }
            copy(live, file);
            copy(Path.of(live + "-journal"), Path.of(file + "-journal"));
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture could not be written to " + file, e);
        } finally {
            deleteFolder(scratch);
        }
        return file;
    }

    /**
     * Writes the database and keeps a connection open on it, as the running original bot would: in
     * WAL mode the -wal and -shm files exist while it is open. Close it to end the "bot".
     */
    public RunningBot writeAndKeepOpen(Path file) {
        try {
            Connection connection = create(file);
            if (journal == Journal.WAL) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_autocheckpoint = 0");
                }
            }
            return new RunningBot(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture could not be written to " + file, e);
        }
    }

    /** A connection held open on a fixture database. */
    public static final class RunningBot implements AutoCloseable {
        private final Connection connection;

        RunningBot(Connection connection) {
            this.connection = connection;
        }

        /** Runs statements in one transaction, committed. */
        public RunningBot execute(String... sql) {
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (String s : sql) {
                    statement.execute(s);
                }
                connection.commit();
                connection.setAutoCommit(true);
                return this;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Takes SQLite's exclusive lock and keeps it until {@link #close()}: readers of a rollback-journal database wait. */
        public RunningBot holdExclusiveLock() {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                return this;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Connection create(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = " + (journal == Journal.WAL ? "WAL" : "DELETE"));
            connection.setAutoCommit(false);
            for (String ddl : ddl()) {
                statement.execute(ddl);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)")) {
                int day = 1;
                for (String name : version.migrations) {
                    insert.setString(1, name);
                    insert.setString(2, "2025-07-" + String.format("%02d", day++) + "T12:00:00.000Z");
                    insert.executeUpdate();
                }
            }
            for (Row row : rows) {
                row.insertWith(connection);
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private List<String> ddl() {
        String timeDefault = brokenTimeDefaults ? "'CURRENT_TIMESTAMP'" : "CURRENT_TIMESTAMP";
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)");
        ddl.add("CREATE TABLE kysely_migration_lock (id varchar(255) NOT NULL PRIMARY KEY, is_locked integer DEFAULT 0 NOT NULL)");
        ddl.add("INSERT INTO kysely_migration_lock (id, is_locked) VALUES ('migration_lock', 0)");
        if (tables.contains(Table.USERS)) {
            ddl.add("CREATE TABLE users (id uuid PRIMARY KEY, email text, externalId text NOT NULL, authProvider text DEFAULT 'discord')");
        }
        if (tables.contains(Table.SESSIONS)) {
            ddl.add("CREATE TABLE sessions (id uuid PRIMARY KEY, data json, expires datetime)");
        }
        if (tables.contains(Table.GUILDS)) {
            // No declared type: a value keeps the type it was bound with, which is how INTEGER ids got in.
            ddl.add("CREATE TABLE guilds (id PRIMARY KEY, settings json)");
        }
        if (tables.contains(Table.MESSAGE_STATS)) {
            ddl.add("CREATE TABLE message_stats (message_id text PRIMARY KEY, author_id text, guild_id text, "
                    + "channel_id text NOT NULL, channel_category text, recipient_id text, char_count integer, word_count integer, "
                    + "react_count integer DEFAULT 0, sent_at integer"
                    + (statsJsonColumns ? ", code_stats json DEFAULT '[]', link_stats json DEFAULT '[]'" : "") + ")");
        }
        if (tables.contains(Table.CHANNEL_INFO)) {
            ddl.add("CREATE TABLE channel_info (id text, name text, category text)");
        }
        if (tables.contains(Table.TICKETS_CONFIG)) {
            ddl.add("CREATE TABLE tickets_config (message_id text PRIMARY KEY, channel_id text, role_id text NOT NULL)");
        }
        if (tables.contains(Table.GUILD_SUBSCRIPTIONS)) {
            ddl.add("CREATE TABLE guild_subscriptions (guild_id text PRIMARY KEY, stripe_customer_id text, stripe_subscription_id text, "
                    + "product_tier text DEFAULT 'free' NOT NULL, status text DEFAULT 'active' NOT NULL, current_period_end datetime, "
                    + "created_at datetime DEFAULT " + timeDefault + ", updated_at datetime DEFAULT " + timeDefault + ")");
        }
        if (tables.contains(Table.USER_THREADS)) {
            ddl.add("CREATE TABLE user_threads (user_id text NOT NULL, guild_id text NOT NULL, thread_id text NOT NULL, "
                    + "created_at datetime DEFAULT " + timeDefault + ")");
            ddl.add("CREATE UNIQUE INDEX user_threads_user_guild ON user_threads (user_id, guild_id)");
        }
        if (tables.contains(Table.REPORTED_MESSAGES)) {
            ddl.add("CREATE TABLE reported_messages (id uuid PRIMARY KEY, reported_message_id text NOT NULL, "
                    + "reported_channel_id text NOT NULL, reported_user_id text NOT NULL, guild_id text NOT NULL, "
                    + "log_message_id text NOT NULL, log_channel_id text NOT NULL, reason text NOT NULL, staff_id text, "
                    + "staff_username text, extra text, created_at datetime DEFAULT " + timeDefault + ", deleted_at datetime)");
            ddl.add("CREATE UNIQUE INDEX reported_messages_unique ON reported_messages (reported_message_id, reason, guild_id)");
        }
        if (tables.contains(Table.MOD_ACTIONS)) {
            ddl.add("CREATE TABLE mod_actions (id text PRIMARY KEY, user_id text NOT NULL, guild_id text NOT NULL, "
                    + "action_type text NOT NULL, executor_id text, executor_username text, reason text, duration text, "
                    + "created_at datetime DEFAULT " + timeDefault + ")");
        }
        return ddl;
    }

    private record Row(String table, Map<String, Object> values) {
        void insertWith(Connection connection) throws SQLException {
            Map<String, Object> kept = new LinkedHashMap<>(values);
            if (table.equals("message_stats") && !hasColumn(connection, "message_stats", "code_stats")) {
                kept.remove("code_stats");
                kept.remove("link_stats");
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", kept.keySet()) + ") VALUES ("
                    + String.join(", ", kept.keySet().stream().map(k -> "?").toList()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object value : kept.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }

        private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
            try (Statement statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT 1 FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'")) {
                return rs.next();
            }
        }
    }

    private static Path scratchFolder(Path file) {
        try {
            return Files.createTempDirectory("gavel-fixture-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
