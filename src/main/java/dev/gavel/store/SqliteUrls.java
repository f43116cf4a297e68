package dev.gavel.store;

import java.net.URI;
import java.nio.file.Path;

/** JDBC URLs for the ways Gavel opens a SQLite file. */
final class SqliteUrls {

    private SqliteUrls() {
    }

    static String readWrite(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Read-only: SQLite takes the usual shared locks, but never writes the file. */
    static String readOnly(Path file) {
        return "jdbc:sqlite:" + uri(file) + "?mode=ro";
    }

    /**
     * Read-only and lock-free: SQLite assumes nobody changes the file and creates nothing beside
     * it (no journal, no -shm). Safe for inspection and for a file no program is writing.
     */
    static String immutable(Path file) {
        return "jdbc:sqlite:" + uri(file) + "?mode=ro&immutable=1";
    }

    private static String uri(Path file) {
        URI uri = file.toAbsolutePath().toUri();
        // SQLite wants file:/path, which URI gives as file:///path; both are accepted.
        return uri.toString();
    }
}
