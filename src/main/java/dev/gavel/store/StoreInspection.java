package dev.gavel.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a file is, found without writing anything: not even a journal. Used before every open so
 * that a foreign, corrupt, newer or original-bot file gets a clear message and stays untouched.
 */
record StoreInspection(Path file, State state, Set<String> tables, int schemaVersion, boolean walMode) {

    enum State {
        /** No file, or an empty one: a new Gavel store can be made here. */
        NEW,
        GAVEL,
        ORIGINAL
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int WRITE_VERSION_OFFSET = 18;
    private static final int WAL_VERSION = 2;

    static StoreInspection of(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder. Give the path of a store file, for example "
                    + file.resolve("gavel.db") + ".");
        }
        if (!Files.exists(file)) {
            return new StoreInspection(file, State.NEW, Set.of(), 0, false);
        }
        byte[] header = readHeader(file);
        if (header.length == 0) {
            return new StoreInspection(file, State.NEW, Set.of(), 0, false);
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new StoreException(file + " is not a SQLite database, so it is neither a Gavel store nor a database "
                    + "made by the original bot. Choose another file; this one was left untouched.");
        }
        boolean wal = header[WRITE_VERSION_OFFSET] == WAL_VERSION;
        Set<String> tables = new TreeSet<>();
        int version = 0;
        try (Connection connection = DriverManager.getConnection(SqliteUrls.immutable(file));
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
            return new StoreInspection(file, State.GAVEL, tables, version, wal);
        }
        if (tables.contains(Store.ORIGINAL_MIGRATION_TABLE)) {
            return new StoreInspection(file, State.ORIGINAL, tables, 0, wal);
        }
        if (tables.isEmpty()) {
            return new StoreInspection(file, State.NEW, tables, 0, wal);
        }
        throw new StoreException(file + " is a SQLite database, but neither a Gavel store nor one made by the original bot "
                + "(its tables: " + String.join(", ", tables.stream().limit(8).toList())
                + (tables.size() > 8 ? ", …" : "") + "). Choose another file; this one was left untouched.");
    }

    static StoreException unreadable(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.code == SQLiteErrorCode.SQLITE_CORRUPT.code || code.code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return new StoreException(file + " is damaged (SQLite says: " + code.message
                        + "). Restore it from a backup; Gavel left it untouched.", e);
            }
            if (code.code == SQLiteErrorCode.SQLITE_BUSY.code || code.code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new StoreException(file + " is locked by another program. Close the program that is writing it "
                        + "(or wait for it to finish) and try again; Gavel left the file untouched.", e);
            }
            if (code.code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code.code == SQLiteErrorCode.SQLITE_PERM.code
                    || code.code == SQLiteErrorCode.SQLITE_READONLY.code) {
                return new StoreException("Gavel cannot open " + file + " (" + code.message
                        + "). Check that the file and its folder can be read and written.", e);
            }
        }
        return new StoreException("Gavel cannot read " + file + ": " + e.getMessage(), e);
    }

    private static byte[] readHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_SIZE);
        } catch (IOException e) {
            throw new StoreException("Gavel cannot read " + file + " (" + e.getMessage()
                    + "). Check that the file exists and can be read.", e);
        }
    }
}
