package dev.gavel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * One open SQLite file: a Gavel store (read-write, migrated by Flyway, writes serialized on one
 * writer thread) or a database made by the original bot (read-only, never written). Reads run on
 * the caller's thread, each on its own connection; writes go through {@link #write}.
 */
public final class Store implements AutoCloseable {

    /** The newest schema this build knows: the highest V&lt;n&gt; in db/migration. */
    public static final int SCHEMA_VERSION = 5;

    static final String FLYWAY_TABLE = "flyway_schema_history";
    static final String ORIGINAL_MIGRATION_TABLE = "kysely_migration";

    private static final Logger log = LoggerFactory.getLogger(Store.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final long MMAP_BYTES = 256L * 1024 * 1024;

    private final Path file;
    private final StoreKind kind;
    private final Jdbi jdbi;
    private final StoreWriter writer;
    private final ReadOnlyAccess readOnlyAccess;
    private final int schemaVersion;

    private Store(Path file, StoreKind kind, Jdbi jdbi, StoreWriter writer, ReadOnlyAccess readOnlyAccess, int schemaVersion) {
        this.file = file;
        this.kind = kind;
        this.jdbi = jdbi;
        this.writer = writer;
        this.readOnlyAccess = readOnlyAccess;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens a Gavel store for reading and writing, creating it (and its folder) if there is none
     * and bringing its schema up to date. A database made by the original bot, a foreign, corrupt,
     * locked or newer file is refused with a {@link StoreException} and left untouched.
     */
    public static Store open(Path file) {
        StoreInspection inspection = StoreInspection.of(file);
        if (inspection.state() == StoreInspection.State.ORIGINAL) {
            throw new StoreException(file + " was made by the original bot. Gavel opens it read-only; to record into it, "
                    + "import it into a Gavel store: gavel import --from " + file + " --db <new store>.");
        }
        createParentFolder(file);
        SQLiteDataSource dataSource = dataSource(SqliteUrls.readWrite(file), false);
        if (inspection.state() == StoreInspection.State.NEW || inspection.schemaVersion() < SCHEMA_VERSION) {
            migrate(file, dataSource);
        }
        Jdbi jdbi = jdbi(dataSource);
        return new Store(file, StoreKind.GAVEL, jdbi, new StoreWriter(jdbi, file.getFileName().toString()), null, SCHEMA_VERSION);
    }

    /**
     * Opens what the console is given: a database made by the original bot read-only (never
     * written), anything else as {@link #open} does (a Gavel store brought up to date, or a new one).
     *
     * @throws StoreException naming the file and what to do, as {@link #open} and {@link #openReadOnly} do
     */
    public static Store openAnyKind(Path file) {
        return StoreInspection.of(file).state() == StoreInspection.State.ORIGINAL ? openReadOnly(file) : open(file);
    }

    /**
     * Opens any store without ever writing it: a Gavel store of this schema, or a database made by
     * the original bot. Nothing is created beside the file (see {@link ReadOnlyAccess}); a file with
     * a write-ahead log but no -shm file is read through a private copy, deleted on {@link #close()}.
     * A Gavel store of an older schema is refused (it must be opened once with {@link #open} to be
     * brought up to date).
     *
     * @throws StoreException naming the file and what to do when it is missing, empty, a folder,
     *                        unreadable, foreign, damaged, locked, newer, or has a cut-off transaction
     */
    public static Store openReadOnly(Path file) {
        return openReadOnly(file, false);
    }

    /** As {@link #openReadOnly(Path)}, but a Gavel store of an older schema opens too (for checking it). */
    static Store openReadOnlyAnySchema(Path file) {
        return openReadOnly(file, true);
    }

    private static Store openReadOnly(Path file, boolean anySchema) {
        ReadOnlyAccess access = ReadOnlyAccess.plan(file);
        try {
            StoreInspection inspection = StoreInspection.inspect(file, access.url());
            switch (inspection.state()) {
                case NEW:
                    throw new StoreException(file + " is an empty database: it holds no Gavel store and no database of the "
                            + "original bot.");
                case GAVEL:
                    if (!anySchema && inspection.schemaVersion() < SCHEMA_VERSION) {
                        throw new StoreException(file + " is a Gavel store of an older schema (" + inspection.schemaVersion()
                                + "). Bring it up to date with: gavel check --db " + file + " --upgrade");
                    }
                    return new Store(file, StoreKind.GAVEL, jdbi(dataSource(access.url(), true)), null, access,
                            inspection.schemaVersion());
                case ORIGINAL:
                    return new Store(file, StoreKind.ORIGINAL, jdbi(dataSource(access.url(), true)), null, access, 0);
                default:
                    throw new IllegalStateException(inspection.state().name());
            }
        } catch (RuntimeException e) {
            access.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public StoreKind kind() {
        return kind;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** The Gavel schema version of the file (0 for a database made by the original bot). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * When the file had a write-ahead log but no -shm file (a copy of a running program's files),
     * it is read through a private copy taken at this time: later changes to the file are not seen.
     */
    public Optional<Instant> snapshotTakenAt() {
        return readOnlyAccess == null ? Optional.empty() : Optional.ofNullable(readOnlyAccess.snapshotTakenAt());
    }

    /** Runs a query on the caller's thread with a DAO on its own connection. */
    public <D, R> R read(Class<D> dao, Function<D, R> query) {
        return jdbi.withExtension(dao, query::apply);
    }

    /** Runs queries of several DAOs on one connection, in one read transaction (a consistent snapshot). */
    public <R> R readTx(Function<Tx, R> query) {
        return jdbi.inTransaction(handle -> query.apply(new Tx(handle)));
    }

    /** Queues a write on the store's single writer; it runs in its own transaction. */
    public <R> CompletableFuture<R> write(Function<Tx, R> work) {
        return writer().submit(work);
    }

    public StoreWriter writer() {
        if (writer == null) {
            throw new StoreException(file + " is open read-only" + (kind == StoreKind.ORIGINAL
                    ? " because it was made by the original bot; import it into a Gavel store to change it."
                    : "."));
        }
        return writer;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Waits for queued writes, then closes the writer. Reads already running finish on their own connections. */
    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        if (readOnlyAccess != null) {
            readOnlyAccess.close();
        }
    }

    private static void createParentFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Gavel cannot create the folder " + parent + " for its store (" + e.getMessage()
                    + "). Choose another location with --db.", e);
        }
    }

    private static void migrate(Path file, SQLiteDataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            log.info("Store {} is at schema {}", file, SCHEMA_VERSION);
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.sql.SQLException sql) {
                throw StoreInspection.unreadable(file, sql);
            }
            throw new StoreException("Gavel could not bring " + file + " up to date: " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(String url, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        } else {
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static Jdbi jdbi(SQLiteDataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new GavelJdbiPlugin());
    }
}
