package dev.gavel.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A consistent copy of a store while a program may be writing it ({@code gavel backup}). The copy
 * is SQLite's {@code VACUUM INTO} run on a read-only connection: one read transaction, so the copy
 * is the store as of one moment; in WAL mode the writer goes on meanwhile (its log grows until the
 * copy ends). A database of the original bot is copied the same way and stays one. The copy is
 * written under a temporary name beside the target, checked, then moved into place: a failed backup
 * leaves no half-written file and never replaces an older backup.
 */
public final class StoreBackup {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private StoreBackup() {
    }

    public record Result(Path source, Path target, StoreKind kind, long bytes, Duration took) {
    }

    /**
     * Copies {@code source} to {@code target}.
     *
     * @param replace whether an existing {@code target} may be replaced (only once the new copy is complete)
     * @throws StoreException naming the file and what to do when the source cannot be read, the
     *                        target exists (without {@code replace}) or cannot be written
     */
    public static Result copy(Path source, Path target, boolean replace) {
        Instant start = Instant.now();
        if (Files.isDirectory(target)) {
            throw new StoreException(target + " is a folder. Give the path of the backup file, for example "
                    + target.resolve(source.getFileName()) + ".");
        }
        if (Files.exists(target) && !replace) {
            throw new StoreException(target + " already exists. Choose another name, or add --force to replace it.");
        }
        if (Files.exists(target) && Files.exists(source) && sameFile(source, target)) {
            throw new StoreException(target + " is the store itself. Choose another file for the backup.");
        }
        try (ReadOnlyAccess access = ReadOnlyAccess.plan(source)) {
            StoreInspection inspection = StoreInspection.inspect(source, access.url());
            if (inspection.state() == StoreInspection.State.NEW) {
                throw new StoreException(source + " is an empty database: there is nothing to back up.");
            }
            Path folder = target.toAbsolutePath().getParent();
            createFolder(folder);
            Path partial = folder.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
            try {
                Files.deleteIfExists(partial);
                vacuumInto(source, access.url(), partial);
                List<String> problems = quickCheck(partial);
                if (!problems.isEmpty()) {
                    throw new StoreException("The backup of " + source + " failed its check (" + problems.get(0)
                            + "); nothing was written to " + target + ". Run gavel check --db " + source + ".");
                }
                if (replace) {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Result(source, target, inspection.state() == StoreInspection.State.ORIGINAL ? StoreKind.ORIGINAL
                        : StoreKind.GAVEL, Files.size(target), Duration.between(start, Instant.now()));
            } catch (FileAlreadyExistsException e) {
                throw new StoreException(target + " appeared while the backup was made. Choose another name, or add "
                        + "--force to replace it.", e);
            } catch (IOException e) {
                throw new StoreException("Gavel cannot write the backup " + target + " (" + e.getMessage()
                        + "). Check that its folder can be written and has room.", e);
            } finally {
                deleteQuietly(partial);
            }
        }
    }

    private static void vacuumInto(Path source, String url, Path partial) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection connection = config.createConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw StoreInspection.unreadable(source, e);
        }
    }

    private static List<String> quickCheck(Path copy) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        List<String> problems = new ArrayList<>();
        try (Connection connection = config.createConnection(SqliteUrls.immutable(copy));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw StoreInspection.unreadable(copy, e);
        }
        return problems.equals(List.of("ok")) ? List.of() : problems;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Gavel cannot create the folder " + folder + " for the backup (" + e.getMessage()
                    + "). Choose another place with --to.", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StoreBackup.class).warn("Could not delete the unfinished backup {}", partial, e);
        }
    }
}
