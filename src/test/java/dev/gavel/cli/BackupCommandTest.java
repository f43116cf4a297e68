package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.gavel.store.GuildDao;
import dev.gavel.store.ModerationReads;
import dev.gavel.store.Store;
import dev.gavel.store.StoreKind;
import dev.gavel.store.original.FolderState;
import dev.gavel.store.original.OriginalDatabaseFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a Gavel store is copied to a new file that opens with the same rows; an existing target needs --force")
    void gavelStore() throws Exception {
        Path file = dir.resolve("gavel.db");
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                tx.dao(GuildDao.class).ensure("g1");
                return null;
            }).get();
        }
        Path target = dir.resolve("copies/backup.db");

        CliRun run = CliRun.of(dir, "backup", "--db", file.toString(), "--to", target.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Backed up").contains("a Gavel store");
        try (Store copy = Store.openReadOnly(target)) {
            assertThat(new ModerationReads(copy).guildSettingsJson("g1")).contains("{}");
        }

        FolderState before = FolderState.of(target.getParent());
        CliRun again = CliRun.of(dir, "backup", "--db", file.toString(), "--to", target.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLine()).contains(target + " already exists").contains("--force");
        assertThat(FolderState.of(target.getParent())).isEqualTo(before);

        CliRun forced = CliRun.of(dir, "backup", "--db", file.toString(), "--to", target.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        try (var list = Files.list(target.getParent())) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("backup.db");
        }
    }

    @Test
    @DisplayName("a database of the original bot with rows only in its -wal file is copied whole and stays an original database")
    void originalDatabase() {
        Path file = OriginalDatabaseFixture.latest().guild("1", "{}").guild("2", "{}").guild("3", "{}")
                .writeWithPendingWal(dir.resolve("bot.sqlite3"), 2);
        FolderState before = FolderState.of(dir);
        Path target = dir.resolve("out").resolve("bot-copy.sqlite3");

        CliRun run = CliRun.of(dir, "backup", "--db", file.toString(), "--to", target.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("a database of the original bot");
        assertThat(FolderState.of(dir).without("out")).isEqualTo(before);
        try (Store copy = Store.openReadOnly(target)) {
            assertThat(copy.kind()).isEqualTo(StoreKind.ORIGINAL);
            assertThat(new ModerationReads(copy).guilds()).hasSize(3);
        }
    }

    @Test
    @DisplayName("a missing or foreign source fails with one line; a missing --to is bad usage")
    void failures() throws Exception {
        CliRun missing = CliRun.of(dir, "backup", "--db", dir.resolve("none.db").toString(), "--to", dir.resolve("b.db").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLine()).startsWith("gavel backup: There is no file at");
        assertThat(dir.resolve("b.db")).doesNotExist();

        Path text = Files.writeString(dir.resolve("notes.txt"), "y".repeat(200));
        CliRun foreign = CliRun.of(dir, "backup", "--db", text.toString(), "--to", dir.resolve("b.db").toString());
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.errLine()).contains("not a SQLite database");
        assertThat(dir.resolve("b.db")).doesNotExist();

        CliRun usage = CliRun.of(dir, "backup", "--db", text.toString());
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.errLine()).contains("--to");
    }
}
