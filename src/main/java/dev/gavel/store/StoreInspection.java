package dev.gavel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * What a file is, found without writing anything: not even a journal. Used before every open so
 * that a foreign, corrupt, newer or original-bot file gets a clear message and stays untouched.
 */
record StoreInspection(Path file, State state, Set<String> tables, int schemaVersion) {

    enum State {
        /** No file, or an empty one: a new Gavel store can be made here. */
        NEW,
        GAVEL,
        ORIGINAL
    }

    /** How long the inspection waits for another program's write lock before saying the file is locked. */
    private static final int INSPECTION_BUSY_TIMEOUT_MS = 3_000;

    /**
     * Inspects a file that may not exist yet (where a new store may be made), before opening it for
     * writing.
     */
    static StoreInspection of(Path file) {
        if (!Files.isDirectory(file) && !Files.exists(file)) {
            return new StoreInspection(file, State.NEW, Set.of(), 0);
        }
        ReadOnlyAccess.Header header = ReadOnlyAccess.Header.read(file);
        if (header.length() == 0) {
            return new StoreInspection(file, State.NEW, Set.of(), 0);
        }
        header.requireSqlite(file);
        header.requireComplete(file);
        if (header.walMode() && Files.exists(ReadOnlyAccess.sibling(file, "-wal"))
                && !Files.exists(ReadOnlyAccess.sibling(file, "-shm"))) {
            // A copy with its log and no program on it: what it is shows in the file itself, almost always,
            // which spares copying a large store to a temporary folder only to learn its kind.
            StoreInspection fromFileAlone = inspect(file, SqliteUrls.immutable(file));
            if (fromFileAlone.state() != State.NEW) {
                return fromFileAlone;
            }
        }
        try (ReadOnlyAccess access = ReadOnlyAccess.plan(file)) {
            return inspect(file, access.url());
        }
    }

    /** Inspects an existing file through a read-only URL (see {@link ReadOnlyAccess}). */
    static StoreInspection inspect(Path file, String readOnlyUrl) {
        Set<String> tables = new TreeSet<>();
        int version = 0;
        try (Connection connection = connect(readOnlyUrl);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.contains(Store.FLYWAY_TABLE)) {
                try (ResultSet rs = statement.executeQuery("SELECT version, success FROM " + Store.FLYWAY_TABLE
                        + " WHERE version IS NOT NULL")) {
                    while (rs.next()) {
                        if (!rs.getBoolean(2)) {
                            throw new StoreException(file + " holds a Gavel schema change that failed half-way (version "
                                    + rs.getString(1) + "). Restore it from a backup, or open a backup copy.");
                        }
                        version = Math.max(version, Integer.parseInt(rs.getString(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
        if (tables.contains(Store.FLYWAY_TABLE)) {
            if (version > Store.SCHEMA_VERSION) {
                throw new StoreException(file + " was made by a newer Gavel (store schema " + version
                        + "; this Gavel knows schema " + Store.SCHEMA_VERSION + "). Update Gavel to open it; the file was left untouched.");
            }
            return new StoreInspection(file, State.GAVEL, tables, version);
        }
        if (tables.contains(Store.ORIGINAL_MIGRATION_TABLE)) {
            return new StoreInspection(file, State.ORIGINAL, tables, 0);
        }
        if (tables.isEmpty()) {
            return new StoreInspection(file, State.NEW, tables, 0);
        }
        throw new StoreException(file + " is a SQLite database, but neither a Gavel store nor one made by the original bot "
                + "(its tables: " + String.join(", ", tables.stream().limit(8).toList())
                + (tables.size() > 8 ? ", …" : "") + "). Choose another file; this one was left untouched.");
    }

    private static Connection connect(String readOnlyUrl) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(INSPECTION_BUSY_TIMEOUT_MS);
        return config.createConnection(readOnlyUrl);
    }

    /** The sentence for a SQLite failure on {@code file}: damaged, locked, unfinished transaction, no access. */
    static StoreException unreadable(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primary = code.code & 0xff;
            if (code == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK) {
                return new StoreException(file + " holds a transaction that was cut off (its -journal file must be rolled back "
                        + "first, which Gavel will not do to it). Start the program that wrote it (the original bot) once and "
                        + "stop it, or open a copy of the file together with its -journal; Gavel left both untouched.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return new StoreException(file + " is damaged (SQLite says: " + sqlite.getMessage().replaceFirst("^\\[\\w+\\]\\s*", "")
                        + "). Restore it from a backup; Gavel left it untouched.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new StoreException(file + " is locked by another program. Close the program that is writing it "
                        + "(or wait for it to finish) and try again; Gavel left the file untouched.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                    || primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
                return new StoreException("Gavel cannot open " + file + " (" + code.message
                        + "). Check that the file and its folder can be read (and written, for a Gavel store it records into).", e);
            }
        }
        return new StoreException("Gavel cannot read " + file + ": " + e.getMessage(), e);
    }
}
