package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.store.GuildDao;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.Store;
import dev.gavel.store.original.FolderState;
import dev.gavel.store.original.OriginalDatabaseFixture;
import dev.gavel.store.original.OriginalDatabaseFixture.RunningBot;
import dev.gavel.store.original.OriginalDatabaseFixture.Version;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("a healthy Gavel store: schema, integrity, counts, guild names, message span and recorder coverage; exit 0")
    void gavelStore() throws Exception {
        Path file = dir.resolve("gavel.db");
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                tx.dao(GuildDao.class).upsertProfile(new GuildProfile("42", "Reactiflux", null, 10, true));
                tx.dao(MessageStatsDao.class).upsert(new MessageStat("1", "42", "c", null, "a", null, T0.toEpochMilli(), 1, 1, 0, "[]", "[]"));
                tx.dao(MessageStatsDao.class).upsert(new MessageStat("2", "42", "c", null, "a", null,
                        T0.plusSeconds(10 * 3600).toEpochMilli(), 1, 1, 0, "[]", "[]"));
                tx.dao(SessionDao.class).open(new RecorderSession("s1", "b", "Bot", T0.minusSeconds(60), null, 0, 0,
                        T0.plusSeconds(4 * 3600)));
                return null;
            }).get();
        }
        FolderState before = FolderState.of(dir);

        CliRun run = CliRun.of(dir, "check", "--db", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Gavel store, schema " + Store.SCHEMA_VERSION + " (current)")
                .contains("Integrity:     ok").contains("Foreign keys:  ok")
                .containsPattern("message_stats\\s+2").containsPattern("activity_day\\s+1")
                .contains("42  Reactiflux")
                .contains("2025-03-01T00:00:00.000Z to 2025-03-01T10:00:00.000Z")
                .contains("1 session(s), covering 4 h 0 min (40.0% of the message span), 1 gap(s)");
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("an original database: its migrations and quirks, read-only, the file unchanged")
    void originalDatabase() {
        Path file = OriginalDatabaseFixture.of(Version.USER_THREADS)
                .guildWithIntegerId(100L, "{}")
                .message("1", "100", "c", "a", T0.toEpochMilli())
                .insert("message_stats", "message_id", null, "guild_id", "100", "channel_id", "c", "author_id", "a",
                        "sent_at", T0.toEpochMilli(), "word_count", 1, "char_count", 1)
                .userThread("u1", "100", "t1", "2025-05-01T10:00:00.000Z")
                .userThread("u2", "100", "t2", "2025-05-01 10:00:00")
                .userThread("u3", "100", "t3", null)
                .webSession("s1", OriginalDatabaseFixture.JS_DATE_EXAMPLE)
                .writeTo(dir.resolve("bot.sqlite3"));
        FolderState before = FolderState.of(dir);

        CliRun run = CliRun.of(dir, "check", "--db", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("made by the original bot (read-only")
                .contains("Migrations:    5 applied").contains("20250620000000_user_threads")
                .contains("reported_messages, mod_actions")
                .contains("1 message_stats rows have a NULL message_id")
                .contains("1 guilds ids are stored as INTEGER values")
                .containsPattern("user_threads.created_at times: .*1 ISO-8601 …Z")
                .containsPattern("user_threads.created_at times: .*1 YYYY-MM-DD HH:MM:SS")
                .containsPattern("user_threads.created_at times: .*1 the text CURRENT_TIMESTAMP \\(unknown time\\)")
                .contains("sessions.expires times: 1 JavaScript Date text")
                .contains("100  (no name recorded)");
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a Gavel store of an older schema is reported as such; --upgrade brings it up to date")
    void olderSchema() {
        Path file = dir.resolve("gavel.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("2")
                .load().migrate();

        CliRun plain = CliRun.of(dir, "check", "--db", file.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("schema 2 (older than this Gavel's " + Store.SCHEMA_VERSION).contains("--upgrade");

        CliRun upgraded = CliRun.of(dir, "check", "--db", file.toString(), "--upgrade");
        assertThat(upgraded.exitCode()).isZero();
        assertThat(upgraded.out()).contains("Upgraded").contains("schema " + Store.SCHEMA_VERSION + " (current)");
    }

    @Test
    @DisplayName("--upgrade on an original database is refused: Gavel never changes it")
    void upgradeOriginalRefused() {
        Path file = OriginalDatabaseFixture.latest().writeTo(dir.resolve("bot.sqlite3"));
        FolderState before = FolderState.of(dir);
        CliRun run = CliRun.of(dir, "check", "--db", file.toString(), "--upgrade");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).contains("never changes it").contains("gavel import");
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a database that opens but fails the integrity check: the report, exit 1 and one line with the reason")
    void integrityFailure() throws Exception {
        OriginalDatabaseFixture fixture = OriginalDatabaseFixture.latest();
        for (int i = 0; i < 50; i++) {
            fixture.message(String.format("msg-%04d", i), "g", "c", "a", T0.toEpochMilli());
        }
        Path file = fixture.writeTo(dir.resolve("bot.sqlite3"));
        corruptIndexEntry(file, "sqlite_autoindex_message_stats_1", "msg-0025", "msg-9925");
        FolderState before = FolderState.of(dir);

        CliRun run = CliRun.of(dir, "check", "--db", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Integrity:     ").doesNotContain("Integrity:     ok");
        assertThat(run.errLine()).startsWith("gavel check: " + file + " failed the integrity check (").contains("backup");
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("missing, foreign, not-SQLite, newer and locked files: exit 1 and one line naming the file")
    void badFiles() throws Exception {
        Path missing = dir.resolve("missing.db");
        assertFailure(CliRun.of(dir, "check", "--db", missing.toString()), "There is no file at " + missing);

        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (id INTEGER)");
        }
        assertFailure(CliRun.of(dir, "check", "--db", foreign.toString()), "neither a Gavel store nor one made by the original bot");

        Path text = Files.writeString(dir.resolve("notes.db"), "x".repeat(300));
        assertFailure(CliRun.of(dir, "check", "--db", text.toString()), "not a SQLite database");

        Path whole = OriginalDatabaseFixture.latest().writeTo(dir.resolve("whole.sqlite3"));
        byte[] bytes = Files.readAllBytes(whole);
        java.util.Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a);
        Path corrupt = Files.write(dir.resolve("corrupt.sqlite3"), bytes);
        assertFailure(CliRun.of(dir, "check", "--db", corrupt.toString()), corrupt + " is damaged");

        Path newer = dir.resolve("newer.db");
        Store.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        }
        assertFailure(CliRun.of(dir, "check", "--db", newer.toString()), "newer Gavel");

        Path locked = dir.resolve("locked.sqlite3");
        try (RunningBot bot = OriginalDatabaseFixture.latest().writeAndKeepOpen(locked)) {
            bot.holdExclusiveLock();
            assertFailure(CliRun.of(dir, "check", "--db", locked.toString()), "locked by another program");
        }
    }

    @Test
    @DisplayName("bad usage exits 2 with one line: no --db, an unknown option")
    void usage() {
        CliRun noDb = CliRun.of(dir, "check");
        assertThat(noDb.exitCode()).isEqualTo(2);
        assertThat(noDb.errLine()).contains("--db");
        CliRun unknown = CliRun.of(dir, "check", "--db", "x.db", "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLine()).contains("--frobnicate");
        assertThat(CliRun.of(dir, "check", "--help").exitCode()).isZero();
    }

    private static void assertFailure(CliRun run, String phrase) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).startsWith("gavel check: ").contains(phrase);
    }

    /** Changes one key inside an index page so that the index no longer matches its table. */
    static void corruptIndexEntry(Path file, String index, String key, String replacement) throws Exception {
        int rootPage;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + index + "'")) {
                rootPage = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] page = new byte[pageSize];
            raf.seek((long) (rootPage - 1) * pageSize);
            raf.readFully(page);
            String text = new String(page, StandardCharsets.ISO_8859_1);
            int at = text.indexOf(key);
            if (at < 0) {
                throw new IllegalStateException(key + " is not on the root page of " + index);
            }
            raf.seek((long) (rootPage - 1) * pageSize + at);
            raf.write(replacement.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
