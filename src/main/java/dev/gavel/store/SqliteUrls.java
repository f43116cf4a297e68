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

    /**
     * Read-only through SQLite's usual locks, seeing a running writer's commits. It never writes
     * the database file, but in WAL mode it creates -wal and -shm files when they are missing: use
     * it for a rollback-journal file, or a WAL file whose -wal and -shm already exist.
     */
    static String readOnly(Path file) {
        return "jdbc:sqlite:" + uri(file) + "?mode=ro";
    }

    /**
     * Read-only and lock-free: SQLite assumes nobody changes the file and creates nothing beside
     * it (no journal, no -wal, no -shm), and ignores any -wal file. Safe for a file no program is
     * writing and that has no -wal file.
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
