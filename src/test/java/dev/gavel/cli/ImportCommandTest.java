package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.gavel.store.original.FolderState;
import dev.gavel.store.original.OriginalDatabaseFixture;
import dev.gavel.store.original.OriginalDatabaseFixture.Journal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final long T = 1_748_779_200_000L;

    @TempDir
    Path dir;

    @Test
    @DisplayName("import reports per table and in total; run again it reports 0 new; the source is untouched")
    void importTwice() throws Exception {
        Path source = OriginalDatabaseFixture.latest().journal(Journal.WAL)
                .guild("100", "{}")
                .messages(25, 1, "100", List.of("c1"), List.of("a1", "a2"), T)
                .insert("message_stats", "message_id", null, "guild_id", "100", "channel_id", "c1", "author_id", "a1",
                        "sent_at", T, "word_count", 1, "char_count", 1)
                .userThread("a1", "100", OriginalDatabaseFixture.snowflakeAt(T), null)
                .webSession("s", OriginalDatabaseFixture.JS_DATE_EXAMPLE)
                .writeTo(Files.createDirectories(dir.resolve("bot")).resolve("bot.sqlite3"));
        FolderState before = FolderState.of(source.getParent());
        Path store = dir.resolve("store/gavel.db");

        CliRun first = CliRun.of(dir, "import", "--from", source.toString(), "--db", store.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("made by the original bot; left unchanged")
                .containsPattern("message_stats\\s+26\\s+25\\s+0\\s+1")
                .contains("message_stats: 1 not converted: no message_id")
                .contains("sessions: 1 not converted: a login to the original's web dashboard")
                .contains("user_threads: 1 created_at values were not times (CURRENT_TIMESTAMP): dated by the time in their thread's id")
                .contains("Total: 27 new, 0 already present, 2 not converted.");
        assertThat(FolderState.of(source.getParent())).isEqualTo(before);

        CliRun second = CliRun.of(dir, "import", "--from", source.toString(), "--db", store.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Total: 0 new, 27 already present, 2 not converted.");
        assertThat(FolderState.of(source.getParent())).isEqualTo(before);

        CliRun check = CliRun.of(dir, "check", "--db", store.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).containsPattern("message_stats\\s+25");
    }

    @Test
    @DisplayName("a missing, corrupt or Gavel source fails with one line and writes nothing; bad usage exits 2")
    void failures() throws Exception {
        Path store = dir.resolve("gavel.db");
        CliRun missing = CliRun.of(dir, "import", "--from", dir.resolve("none.sqlite3").toString(), "--db", store.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLine()).startsWith("gavel import: There is no file at");
        assertThat(store).doesNotExist();

        Path whole = OriginalDatabaseFixture.latest().guild("1", "{}").writeTo(dir.resolve("whole.sqlite3"));
        byte[] bytes = Files.readAllBytes(whole);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path corrupt = Files.write(dir.resolve("corrupt.sqlite3"), bytes);
        CliRun damaged = CliRun.of(dir, "import", "--from", corrupt.toString(), "--db", store.toString());
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.errLine()).contains(corrupt + " is damaged");
        assertThat(store).doesNotExist();

        Path gavel = dir.resolve("other.db");
        dev.gavel.store.Store.open(gavel).close();
        CliRun notOriginal = CliRun.of(dir, "import", "--from", gavel.toString(), "--db", store.toString());
        assertThat(notOriginal.exitCode()).isEqualTo(1);
        assertThat(notOriginal.errLine()).contains("is a Gavel store, not a database of the original bot");

        CliRun usage = CliRun.of(dir, "import", "--db", store.toString());
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.errLine()).contains("--from");
    }
}
