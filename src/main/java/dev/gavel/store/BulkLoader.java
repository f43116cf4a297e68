package dev.gavel.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Builds a new store file fast, for millions of messages: a generated demo, an import.
 *
 * <p>The loader writes into a temporary file next to the target with the secondary indexes of
 * {@code message_stats} and the rollups dropped, and with durability off (nothing is lost if it
 * fails: the temporary file is simply deleted). {@link #finish} then sums every rollup table from
 * {@code message_stats} with the formulas {@link MessageStatsDao} applies row by row, re-creates
 * the indexes exactly as the schema made them, switches the file to WAL and moves it into place
 * in one step. Until then the target is not touched; a load that is closed unfinished leaves
 * nothing behind.
 *
 * <p>Not thread-safe: one thread feeds a loader. {@code sent_at} must be epoch milliseconds of
 * 0 or more (the rollups' day and month buckets are derived from the hour buckets, which holds
 * for such values).
 */
public final class BulkLoader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);

    private static final int BATCH_SIZE = 2_000;
    private static final int MESSAGES_PER_TRANSACTION = 200_000;
    private static final int CACHE_KIB = 256 * 1024;
    private static final int ANALYSIS_LIMIT = 1_000;
    private static final int MAX_SORT_THREADS = 4;
    private static final List<String> FILE_SUFFIXES = List.of("-wal", "-shm", "-journal");

    private static final String INSERT_MESSAGE = "INSERT INTO message_stats (" + MessageStatsDao.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String MEASURES = "messages, words, chars, reactions, code_messages, link_messages, code_blocks, "
            + "code_lines, code_chars";
    private static final String SUMMED_MEASURES = "sum(messages), sum(words), sum(chars), sum(reactions), sum(code_messages), "
            + "sum(link_messages), sum(code_blocks), sum(code_lines), sum(code_chars)";
    /** Most messages have no code and no links: skip parsing their '[]' (the value is the same). */
    private static final String EMPTY_OR = "CASE WHEN %s = '[]' THEN 0 ELSE %s END";
    private static final String CODE_SUM = EMPTY_OR.formatted("code_stats",
            "(SELECT coalesce(sum(json_extract(value, '$.%s')), 0) FROM json_each(code_stats))");

    /** The UTC month (year * 12 + month - 1) of a UTC day number, as RollupDelta computes it. */
    private static final String MONTH_OF_DAY = "CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12 "
            + "+ CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1";
    private static final String ADD_MEASURES = " ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, "
            + "words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, "
            + "code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, "
            + "code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, "
            + "code_chars = code_chars + excluded.code_chars";

    /*
     * The rollups are summed with the formulas of RollupDelta, which are those of the V3 and V4
     * migrations (a test compares the result with what MessageStatsDao keeps row by row). The two
     * read from message_stats go through it in slices of rowids, adding to what earlier slices
     * summed: each slice sorts in memory, where one sort of millions of rows would spill to disk.
     * Any order of rows gives the same sums; rows added in time order touch few buckets twice.
     */
    private static final String SUM_HOURS = "INSERT INTO activity_hour (guild_id, hour, author_id, channel_id, category, "
            + MEASURES + ") "
            + "SELECT guild_id, sent_at / 3600000, author_id, channel_id, coalesce(channel_category, ''), "
            + "count(*), sum(word_count), sum(char_count), sum(react_count), "
            + "sum(" + EMPTY_OR.formatted("code_stats", "json_array_length(code_stats) > 0") + "), "
            + "sum(" + EMPTY_OR.formatted("link_stats", "json_array_length(link_stats) > 0") + "), "
            + "sum(" + EMPTY_OR.formatted("code_stats", "json_array_length(code_stats)") + "), "
            + "sum(" + CODE_SUM.formatted("lines") + "), "
            + "sum(" + CODE_SUM.formatted("chars") + ") "
            + "FROM message_stats WHERE rowid >= :from AND rowid < :to GROUP BY 1, 2, 3, 4, 5" + ADD_MEASURES;
    private static final String SUM_CODE = "INSERT INTO code_lang_hour (guild_id, hour, channel_id, category, kind, lang, "
            + "blocks, lines, chars) "
            + "SELECT m.guild_id, m.sent_at / 3600000, m.channel_id, coalesce(m.channel_category, ''), "
            + "CASE WHEN json_type(j.value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, "
            + "coalesce(json_extract(j.value, '$.lang'), ''), count(*), "
            + "sum(coalesce(json_extract(j.value, '$.lines'), 0)), sum(coalesce(json_extract(j.value, '$.chars'), 0)) "
            + "FROM message_stats m, json_each(m.code_stats) j "
            + "WHERE m.rowid >= :from AND m.rowid < :to AND m.code_stats <> '[]' GROUP BY 1, 2, 3, 4, 5, 6 "
            + "ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, "
            + "chars = chars + excluded.chars";
    private static final long ROWS_PER_SLICE = 1_000_000;

    /** The coarser rollups, each summed from a finer one (what RollupDelta adds to them row by row). */
    private static final List<String> SUM_COARSER = List.of(
            "INSERT INTO activity_day (guild_id, day, author_id, channel_id, category, " + MEASURES + ") "
                    + "SELECT guild_id, hour / 24, author_id, channel_id, category, " + SUMMED_MEASURES + " "
                    + "FROM activity_hour GROUP BY 1, 2, 3, 4, 5",
            "INSERT INTO activity_month (guild_id, month, author_id, channel_id, category, " + MEASURES + ") "
                    + "SELECT guild_id, " + MONTH_OF_DAY + ", author_id, channel_id, category, " + SUMMED_MEASURES + " "
                    + "FROM activity_day GROUP BY 1, 2, 3, 4, 5",
            "INSERT INTO author_day (guild_id, day, author_id, " + MEASURES + ", channels, categories) "
                    + "SELECT guild_id, day, author_id, " + SUMMED_MEASURES + ", count(DISTINCT channel_id), "
                    + "count(DISTINCT nullif(category, '')) FROM activity_day GROUP BY 1, 2, 3",
            "INSERT INTO author_month (guild_id, month, author_id, " + MEASURES + ") "
                    + "SELECT guild_id, " + MONTH_OF_DAY + ", author_id, " + SUMMED_MEASURES + " "
                    + "FROM author_day GROUP BY 1, 2, 3",
            "INSERT INTO channel_hour (guild_id, hour, channel_id, category, " + MEASURES + ") "
                    + "SELECT guild_id, hour, channel_id, category, " + SUMMED_MEASURES + " FROM activity_hour GROUP BY 1, 2, 3, 4",
            "INSERT INTO channel_day (guild_id, day, channel_id, category, " + MEASURES + ") "
                    + "SELECT guild_id, hour / 24, channel_id, category, " + SUMMED_MEASURES + " FROM channel_hour GROUP BY 1, 2, 3, 4",
            "INSERT INTO code_lang_day (guild_id, day, channel_id, category, kind, lang, blocks, lines, chars) "
                    + "SELECT guild_id, hour / 24, channel_id, category, kind, lang, sum(blocks), sum(lines), sum(chars) "
                    + "FROM code_lang_hour GROUP BY 1, 2, 3, 4, 5, 6");

    /** Hears how far {@link #finish} is: the step, and for a long one how much of it is done (total 0: cannot tell). */
    @FunctionalInterface
    public interface Progress {
        void update(String step, long done, long total);
    }

    private final Path target;
    private final Path temp;
    private final boolean replaceExisting;
    private final Handle handle;
    private final List<String> droppedIndexes;
    private final long rowsPerSlice;
    private PreparedStatement insertMessage;
    private int batched;
    private int inTransaction;
    private long messagesAdded;
    private boolean finished;

    private BulkLoader(Path target, Path temp, boolean replaceExisting, Handle handle, List<String> droppedIndexes,
                       long rowsPerSlice) {
        this.target = target;
        this.temp = temp;
        this.replaceExisting = replaceExisting;
        this.handle = handle;
        this.droppedIndexes = droppedIndexes;
        this.rowsPerSlice = rowsPerSlice;
    }

    /**
     * Starts building a new store that will be {@code target}. An existing file there is refused
     * with a {@link StoreException} unless {@code replaceExisting}; even then it stays as it is
     * until {@link #finish} succeeds.
     */
    public static BulkLoader create(Path target, boolean replaceExisting) {
        return create(target, replaceExisting, ROWS_PER_SLICE);
    }

    /** With the rollups summed {@code rowsPerSlice} rows at a time (small in tests, to sum over many slices). */
    static BulkLoader create(Path target, boolean replaceExisting, long rowsPerSlice) {
        checkTarget(target, replaceExisting);
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Gavel cannot write a new store in " + parent + " (" + e.getMessage()
                    + "). Choose another location.", e);
        }
        // Not Files.createTempFile: SQLite makes the file, with the permissions every other store gets.
        Path temp;
        do {
            temp = parent.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".building");
        } while (Files.exists(temp));
        Handle handle = null;
        try {
            Store.open(temp).close();
            handle = fastJdbi(temp).open();
            List<String> indexes = indexes(handle, LOAD_INDEXES);
            for (String name : indexes(handle, LOAD_INDEX_NAMES)) {
                handle.execute("DROP INDEX " + name);
            }
            log.info("Bulk load of {} started in {}", target, temp);
            return new BulkLoader(target, temp, replaceExisting, handle, indexes, rowsPerSlice);
        } catch (RuntimeException e) {
            if (handle != null) {
                handle.close();
            }
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Runs {@code work} with the store's DAOs in one transaction of the new file. Message rows
     * written here count in the rollups as well: {@link #finish} sums afresh whatever
     * message_stats holds.
     */
    public <R> R write(Function<Tx, R> work) {
        checkOpen();
        commitMessages();
        return handle.inTransaction(h -> work.apply(new Tx(h)));
    }

    /** Adds one {@code message_stats} row; a message id that is already there fails the load. */
    public void addMessage(MessageStat message) {
        checkOpen();
        if (message.sentAt() < 0) {
            throw new IllegalArgumentException("sent_at must be epoch milliseconds, 0 or more: " + message);
        }
        try {
            if (insertMessage == null) {
                insertMessage = handle.getConnection().prepareStatement(INSERT_MESSAGE);
            }
            if (inTransaction == 0 && batched == 0) {
                handle.begin();
            }
            PreparedStatement s = insertMessage;
            s.setString(1, message.messageId());
            s.setString(2, message.guildId());
            s.setString(3, message.channelId());
            s.setString(4, message.channelCategory());
            s.setString(5, message.authorId());
            s.setString(6, message.recipientId());
            s.setLong(7, message.sentAt());
            s.setInt(8, message.wordCount());
            s.setInt(9, message.charCount());
            s.setInt(10, message.reactCount());
            s.setString(11, message.codeStats());
            s.setString(12, message.linkStats());
            s.addBatch();
            messagesAdded++;
            if (++batched == BATCH_SIZE) {
                executeBatch();
            }
            if (inTransaction + batched >= MESSAGES_PER_TRANSACTION) {
                commitMessages();
            }
        } catch (SQLException e) {
            throw failure("adding messages", e);
        }
    }

    /** The rows given to {@link #addMessage} so far. */
    public long messagesAdded() {
        return messagesAdded;
    }

    /**
     * Completes the store: rollups, indexes, statistics for the query planner, WAL,
     * then moves the file to the target. {@code progress} hears each step as it starts, and how
     * far the long ones are; an exception it throws (a cancellation) abandons the load.
     */
    public void finish(Progress progress) {
        checkOpen();
        commitMessages();
        String summing = "Summing the activity rollups";
        progress.update(summing, 0, 0);
        run("summing the rollups", h -> {
            h.execute("PRAGMA threads = " + Math.min(MAX_SORT_THREADS, Runtime.getRuntime().availableProcessors()));
            h.useTransaction(tx -> {
                for (String table : Rollups.TABLES) {
                    tx.execute("DELETE FROM " + table);
                }
                long first = tx.createQuery("SELECT coalesce(min(rowid), 0) FROM message_stats").mapTo(Long.class).one();
                long last = tx.createQuery("SELECT coalesce(max(rowid), -1) FROM message_stats").mapTo(Long.class).one();
                for (long from = first; from <= last; from += rowsPerSlice) {
                    long to = Math.min(last + 1, from + rowsPerSlice);
                    tx.createUpdate(SUM_HOURS).bind("from", from).bind("to", to).execute();
                    tx.createUpdate(SUM_CODE).bind("from", from).bind("to", to).execute();
                    progress.update(summing, to - first, last + 1 - first);
                }
                SUM_COARSER.forEach(tx::execute);
            });
        });
        progress.update("Indexing", 0, 0);
        run("indexing", h -> h.useTransaction(tx -> droppedIndexes.forEach(tx::execute)));
        progress.update("Analyzing", 0, 0);
        run("analyzing", h -> {
            h.execute("PRAGMA analysis_limit = " + ANALYSIS_LIMIT);
            h.execute("ANALYZE");
            h.createQuery("PRAGMA journal_mode = WAL").mapTo(String.class).one();
        });
        closeHandle();
        progress.update("Moving the store into place", 0, 0);
        moveIntoPlace();
        finished = true;
        log.info("Bulk load of {} finished: {} messages", target, messagesAdded);
    }

    private void run(String doing, Consumer<Handle> work) {
        long started = System.nanoTime();
        try {
            work.accept(handle);
        } catch (RuntimeException e) {
            throw failure(doing, e);
        }
        log.info("Bulk load of {}: {} took {} ms", target, doing, (System.nanoTime() - started) / 1_000_000);
    }

    /** Abandons an unfinished load: the temporary file is deleted and the target is left as it was. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        closeHandle();
        deleteQuietly(temp);
        finished = true;
    }

    private void executeBatch() throws SQLException {
        if (batched > 0) {
            insertMessage.executeBatch();
            inTransaction += batched;
            batched = 0;
        }
    }

    private void commitMessages() {
        try {
            executeBatch();
        } catch (SQLException e) {
            throw failure("adding messages", e);
        }
        if (inTransaction > 0) {
            handle.commit();
            inTransaction = 0;
        }
    }

    private void moveIntoPlace() {
        try {
            if (replaceExisting) {
                // A stale WAL of the replaced store would be replayed into the new one.
                for (String suffix : FILE_SUFFIXES) {
                    Files.deleteIfExists(sibling(target, suffix));
                }
            }
            StandardCopyOption[] options = replaceExisting
                    ? new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE};
            try {
                if (!replaceExisting && Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(temp, target, options);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, replaceExisting ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                        : new StandardCopyOption[0]);
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            throw new StoreException(target + " appeared while the new store was being built; it was left as it is. "
                    + "Choose another file, or replace it on purpose.", e);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException("Gavel built the new store but could not move it to " + target + " (" + e.getMessage()
                    + "). Check that the folder can be written.", e);
        }
    }

    private static void checkTarget(Path target, boolean replaceExisting) {
        if (Files.isDirectory(target)) {
            throw new StoreException(target + " is a folder. Give the path of a store file, for example "
                    + target.resolve("gavel.db") + ".");
        }
        if (!replaceExisting && Files.exists(target)) {
            throw new StoreException(target + " already exists and was left untouched. Choose a new file name, "
                    + "or replace the file on purpose.");
        }
    }

    private static Jdbi fastJdbi(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // Nothing needs to survive a crash: an unfinished file is thrown away.
        config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setCacheSize(-CACHE_KIB);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(SqliteUrls.readWrite(file));
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new GavelJdbiPlugin());
    }

    /** The secondary indexes of message_stats and the rollups, which slow down the load and the sums. */
    private static final String LOAD_INDEXES = "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            + "AND (tbl_name = 'message_stats' OR tbl_name IN (<rollups>)) ORDER BY name";
    private static final String LOAD_INDEX_NAMES = LOAD_INDEXES.replaceFirst("SELECT sql", "SELECT name");

    private static List<String> indexes(Handle handle, String query) {
        return handle.createQuery(query).bindList("rollups", Rollups.TABLES).mapTo(String.class).list();
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("The bulk load of " + target + " is already finished or closed");
        }
    }

    private void closeHandle() {
        try {
            if (insertMessage != null) {
                insertMessage.close();
                insertMessage = null;
            }
        } catch (SQLException e) {
            log.warn("Closing the bulk insert statement of {} failed", temp, e);
        }
        Connection connection = handle.getConnection();
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
            handle.close();
        } catch (RuntimeException e) {
            log.warn("Closing the bulk load of {} failed", temp, e);
        }
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            log.warn("Closing the bulk connection to {} failed", temp, e);
        }
    }

    private StoreException failure(String doing, Exception e) {
        return new StoreException("Gavel could not build the store " + target + " (" + doing + ": " + e.getMessage()
                + "). Nothing was written there.", e);
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path path = suffix.isEmpty() ? file : sibling(file, suffix);
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.warn("Could not delete the unfinished store file {}", path, e);
            }
        }
    }
}
