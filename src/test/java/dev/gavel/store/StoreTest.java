package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a new store is created with its folder and the whole schema")
    void createsNewStore() throws Exception {
        Path file = dir.resolve("nested/folder/gavel.db");
        try (Store store = Store.open(file)) {
            assertThat(store.kind()).isEqualTo(StoreKind.GAVEL);
            assertThat(store.isReadOnly()).isFalse();
            List<String> tables = store.readTx(tx -> tx.handle()
                    .createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
            assertThat(tables).contains("users", "sessions", "guilds", "message_stats", "channel_info", "tickets_config",
                    "guild_subscriptions", "user_threads", "reported_messages", "mod_actions", "guild_profiles", "members",
                    "tickets", "settings_history", "backfill_cursors", "activity_hour", "activity_day", "author_day",
                    "author_month", "channel_hour", "code_lang_hour");
            String journal = store.readTx(tx -> tx.handle().createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            assertThat(journal).isEqualToIgnoringCase("wal");
        }
        assertThat(file).exists();
    }

    @Test
    @DisplayName("SCHEMA_VERSION is the highest migration in db/migration")
    void schemaVersionMatchesMigrations() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(Store.SCHEMA_VERSION).isEqualTo(highest);
        }
    }

    @Test
    @DisplayName("writes go through the writer and are read back")
    void writesThroughWriter() throws Exception {
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            store.write(tx -> tx.handle().execute("INSERT INTO guilds (id, settings) VALUES ('1', '{}')")).get();
            int count = store.readTx(tx -> tx.handle().createQuery("SELECT count(*) FROM guilds").mapTo(Integer.class).one());
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a file that is not SQLite is refused and left untouched")
    void refusesNonSqlite() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "hello, this is not a database at all, but it is long enough to have a header of a hundred bytes "
                + "................................................");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactly("notes.db");
    }
}
