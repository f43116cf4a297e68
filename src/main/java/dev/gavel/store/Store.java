package dev.gavel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public static final int SCHEMA_VERSION = 4;

    static final String FLYWAY_TABLE = "flyway_schema_history";
    static final String ORIGINAL_MIGRATION_TABLE = "kysely_migration";

    private static final Logger log = LoggerFactory.getLogger(Store.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final long MMAP_BYTES = 256L * 1024 * 1024;

    private final Path file;
    private final StoreKind kind;
    private final Jdbi jdbi;
    private final StoreWriter writer;

    private Store(Path file, StoreKind kind, Jdbi jdbi, StoreWriter writer) {
        this.file = file;
        this.kind = kind;
        this.jdbi = jdbi;
        this.writer = writer;
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
        return new Store(file, StoreKind.GAVEL, jdbi, new StoreWriter(jdbi, file.getFileName().toString()));
    }

    /**
     * Opens any store without ever writing it: a Gavel store of this schema, or a database made by
     * the original bot. A Gavel store of an older schema is refused (it must be opened once with
     * {@link #open} to be brought up to date).
     */
    public static Store openReadOnly(Path file) {
        StoreInspection inspection = StoreInspection.of(file);
        switch (inspection.state()) {
            case NEW:
                throw new StoreException(Files.exists(file)
                        ? file + " is empty: it holds no Gavel store and no database of the original bot."
                        : "There is no file at " + file + ". Check the path, or make a demo store with: gavel demo --db " + file);
            case GAVEL:
                if (inspection.schemaVersion() < SCHEMA_VERSION) {
                    throw new StoreException(file + " is a Gavel store of an older schema (" + inspection.schemaVersion()
                            + "). Open it once in Gavel (gavel check --db " + file + ") to bring it up to date.");
                }
                return readOnly(file, StoreKind.GAVEL, SqliteUrls.readOnly(file));
            case ORIGINAL:
                return readOnly(file, StoreKind.ORIGINAL, SqliteUrls.readOnly(file));
            default:
                throw new IllegalStateException(inspection.state().name());
        }
    }

    private static Store readOnly(Path file, StoreKind kind, String url) {
        return new Store(file, kind, jdbi(dataSource(url, true)), null);
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
