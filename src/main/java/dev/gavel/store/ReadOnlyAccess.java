package dev.gavel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How to read a SQLite file without writing it and without creating anything beside it, chosen
 * from its header and the files next to it:
 * <ul>
 * <li>a rollback-journal file: SQLite's read-only mode, which takes the usual shared locks (a hot
 *     journal or a writer's lock then gives a clear message);</li>
 * <li>a WAL file with no -wal file: immutable, lock-free mode (read-only mode would create -wal and
 *     -shm files);</li>
 * <li>a WAL file with both -wal and -shm (a running program, or a full copy of one): read-only
 *     mode, which uses the existing files and sees every committed row;</li>
 * <li>a WAL file with a -wal but no -shm (a copy of a running program's files): a private copy of
 *     the file and its -wal in a temporary folder, with the log folded in, read immutable.</li>
 * </ul>
 */
final class ReadOnlyAccess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyAccess.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_SIZE = 100;
    private static final int WAL_HEADER_SIZE = 32;
    private static final int SNAPSHOT_ATTEMPTS = 5;

    private final Path file;
    private final String url;
    private final Path snapshotFolder;
    private final Instant snapshotTakenAt;

    private ReadOnlyAccess(Path file, String url, Path snapshotFolder, Instant snapshotTakenAt) {
        this.file = file;
        this.url = url;
        this.snapshotFolder = snapshotFolder;
        this.snapshotTakenAt = snapshotTakenAt;
    }

    /**
     * Plans the access to an existing, non-empty SQLite file.
     *
     * @throws StoreException naming the file and what to do when it is a folder, missing,
     *                        unreadable, not SQLite or visibly truncated
     */
    static ReadOnlyAccess plan(Path file) {
        Header header = Header.read(file);
        if (header.length() == 0) {
            throw new StoreException(file + " is empty: it holds no Gavel store and no database of the original bot.");
        }
        header.requireSqlite(file);
        header.requireComplete(file);
        if (!header.walMode()) {
            return new ReadOnlyAccess(file, SqliteUrls.readOnly(file), null, null);
        }
        Path wal = sibling(file, "-wal");
        if (!Files.exists(wal)) {
            return new ReadOnlyAccess(file, SqliteUrls.immutable(file), null, null);
        }
        if (Files.exists(sibling(file, "-shm"))) {
            return new ReadOnlyAccess(file, SqliteUrls.readOnly(file), null, null);
        }
        return snapshot(file, wal);
    }

    Path file() {
        return file;
    }

    String url() {
        return url;
    }

    /** When reading a private copy: when it was taken. */
    Instant snapshotTakenAt() {
        return snapshotTakenAt;
    }

    /** Deletes the private copy, if any. */
    @Override
    public void close() {
        if (snapshotFolder != null) {
            deleteFolder(snapshotFolder);
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static ReadOnlyAccess snapshot(Path file, Path wal) {
        Path folder;
        try {
            folder = Files.createTempDirectory("gavel-snapshot-");
        } catch (IOException e) {
            throw new StoreException("Gavel cannot make a temporary copy of " + file + " to read its write-ahead log ("
                    + e.getMessage() + "). Free some space in the temporary folder and try again.", e);
        }
        Path copy = folder.resolve("snapshot.db");
        try {
            for (int attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
                Instant takenAt = Instant.now();
                byte[] walHeaderBefore = walHeader(wal);
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.copy(wal, sibling(copy, "-wal"), StandardCopyOption.REPLACE_EXISTING);
                // A checkpoint that restarts the log between the two copies changes the log's salts.
                if (Arrays.equals(walHeaderBefore, walHeader(wal))) {
                    foldLogIn(file, copy);
                    log.info("Reading {} through a private copy with its write-ahead log folded in ({})", file, folder);
                    return new ReadOnlyAccess(file, SqliteUrls.immutable(copy), folder, takenAt);
                }
            }
            throw new StoreException(file + " kept changing while Gavel copied it with its write-ahead log. "
                    + "Try again, or stop the program that is writing it; Gavel left the file untouched.");
        } catch (IOException e) {
            deleteFolder(folder);
            throw new StoreException("Gavel cannot make a temporary copy of " + file + " to read its write-ahead log ("
                    + e.getMessage() + "). Free some space in the temporary folder and try again.", e);
        } catch (RuntimeException e) {
            deleteFolder(folder);
            throw e;
        }
    }

    /** Replays the copied log into the copied file and makes it a single rollback-journal file. */
    private static void foldLogIn(Path original, Path copy) {
        try (Connection connection = DriverManager.getConnection(SqliteUrls.readWrite(copy));
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw StoreInspection.unreadable(original, e);
        }
    }

    private static byte[] walHeader(Path wal) throws IOException {
        try (InputStream in = Files.newInputStream(wal)) {
            return in.readNBytes(WAL_HEADER_SIZE);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the temporary copy {}", folder, e);
        }
    }

    /** The first 100 bytes of a file, which say whether it is SQLite, its journal mode and its size. */
    record Header(byte[] bytes, long fileSize) {

        private static final int PAGE_SIZE_OFFSET = 16;
        private static final int WRITE_VERSION_OFFSET = 18;
        private static final int CHANGE_COUNTER_OFFSET = 24;
        private static final int PAGE_COUNT_OFFSET = 28;
        private static final int VERSION_VALID_FOR_OFFSET = 92;
        private static final int WAL_VERSION = 2;

        static Header read(Path file) {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a folder. Give the path of a store file, for example "
                        + file.resolve("gavel.db") + ".");
            }
            if (!Files.exists(file)) {
                throw new StoreException("There is no file at " + file + ". Check the path, or make a demo store with: "
                        + "gavel demo --db " + file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Header(in.readNBytes(HEADER_SIZE), Files.size(file));
            } catch (AccessDeniedException e) {
                throw new StoreException("Gavel may not read " + file + " (permission denied). Give your user the right to "
                        + "read it, or open a copy; Gavel left it untouched.", e);
            } catch (IOException e) {
                throw new StoreException("Gavel cannot read " + file + " (" + e.getMessage()
                        + "). Check that the file exists and can be read.", e);
            }
        }

        int length() {
            return bytes.length;
        }

        boolean walMode() {
            return bytes[WRITE_VERSION_OFFSET] == WAL_VERSION;
        }

        void requireSqlite(Path file) {
            if (bytes.length < HEADER_SIZE || !Arrays.equals(bytes, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                throw new StoreException(file + " is not a SQLite database, so it is neither a Gavel store nor a database "
                        + "made by the original bot. Choose another file; this one was left untouched.");
            }
        }

        /** A file shorter than the size its header gives was cut off (a copy that stopped half-way). */
        void requireComplete(Path file) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int rawPageSize = Short.toUnsignedInt(buffer.getShort(PAGE_SIZE_OFFSET));
            long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
            long pages = Integer.toUnsignedLong(buffer.getInt(PAGE_COUNT_OFFSET));
            boolean sizeIsValid = buffer.getInt(CHANGE_COUNTER_OFFSET) == buffer.getInt(VERSION_VALID_FOR_OFFSET);
            if (sizeIsValid && pages > 0 && fileSize < pages * pageSize) {
                throw new StoreException(file + " is damaged: it is cut off (" + fileSize + " of " + pages * pageSize
                        + " bytes). Restore it from a backup or copy it again; Gavel left it untouched.");
            }
        }
    }
}
