package dev.gavel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.core.Handle;

/**
 * The changes to {@code message_stats} behind {@link MessageStatsDao}, each with the rollups
 * kept true in the same step: the rows about to change are read first (in chunks of
 * {@value #CHUNK} ids), the message rows are written, and the difference between the old rows
 * and the new ones goes to the rollups as one {@link RollupDelta}. A call that changes nothing
 * (a row upserted as it already is, reactions already at the value) writes nothing. Each call is
 * atomic: should any part fail, neither the message rows nor the rollups change. Statements are
 * {@link KeptStatements kept} on the store's writer.
 */
final class MessageStatsWrites {

    /** Ids per statement, well under SQLite's limit of bound values. */
    static final int CHUNK = 500;

    private static final String UPSERT = "INSERT INTO message_stats (" + MessageStatsDao.COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET guild_id = excluded.guild_id, "
            + "channel_id = excluded.channel_id, channel_category = excluded.channel_category, author_id = excluded.author_id, "
            + "recipient_id = excluded.recipient_id, sent_at = excluded.sent_at, word_count = excluded.word_count, "
            + "char_count = excluded.char_count, react_count = excluded.react_count, code_stats = excluded.code_stats, "
            + "link_stats = excluded.link_stats";
    private static final String UPDATE_CONTENT = "UPDATE message_stats SET word_count = ?, char_count = ?, code_stats = ?, "
            + "link_stats = ? WHERE message_id = ?";
    private static final String UPDATE_REACTIONS = "UPDATE message_stats SET react_count = ? WHERE message_id = ?";
    private static final String SAVEPOINT = "SAVEPOINT message_stats_write";
    private static final String RELEASE = "RELEASE message_stats_write";
    private static final String ROLLBACK = "ROLLBACK TO message_stats_write";

    private final Handle handle;

    MessageStatsWrites(Handle handle) {
        this.handle = handle;
    }

    /** Inserts each message or makes its row equal to it; of one id given twice the last counts. */
    void upsertAll(Collection<MessageStat> stats) {
        if (stats.isEmpty()) {
            return;
        }
        atomically(() -> {
            List<String> ids = stats.stream().map(MessageStat::messageId).distinct().toList();
            Map<String, MessageStat> current = find(ids);
            Map<String, MessageStat> changed = new LinkedHashMap<>();
            RollupDelta delta = new RollupDelta();
            for (MessageStat stat : stats) {
                MessageStat old = current.put(stat.messageId(), stat);
                if (stat.equals(old)) {
                    continue;
                }
                if (old != null) {
                    delta.remove(old);
                }
                delta.add(stat);
                changed.put(stat.messageId(), stat);
            }
            if (!changed.isEmpty()) {
                writeRows(changed.values());
                RollupWriter.apply(handle, delta);
            }
            return null;
        });
    }

    int updateContent(String messageId, int wordCount, int charCount, String codeStats, String linkStats) {
        return atomically(() -> {
            MessageStat old = find(List.of(messageId)).get(messageId);
            if (old == null) {
                return 0;
            }
            MessageStat edited = new MessageStat(old.messageId(), old.guildId(), old.channelId(), old.channelCategory(),
                    old.authorId(), old.recipientId(), old.sentAt(), wordCount, charCount, old.reactCount(), codeStats, linkStats);
            if (edited.equals(old)) {
                return 1;
            }
            RollupDelta delta = new RollupDelta();
            delta.remove(old);
            delta.add(edited);
            int updated;
            try (KeptStatements.Use use = KeptStatements.use(handle, UPDATE_CONTENT)) {
                PreparedStatement update = use.statement();
                update.setInt(1, wordCount);
                update.setInt(2, charCount);
                update.setString(3, codeStats);
                update.setString(4, linkStats);
                update.setString(5, messageId);
                updated = update.executeUpdate();
                use.succeeded();
            }
            RollupWriter.apply(handle, delta);
            return updated;
        });
    }

    /** Adds (or with a negative delta removes) reactions, never going below zero. */
    int addReactions(String messageId, int delta) {
        return atomically(() -> {
            MessageStat old = find(List.of(messageId)).get(messageId);
            if (old == null) {
                return 0;
            }
            setReactions(old, Math.max(0, old.reactCount() + delta));
            return 1;
        });
    }

    /** Sets the reactions; 0 when there is no such message or it already has that many. */
    int setReactions(String messageId, int count) {
        return atomically(() -> {
            MessageStat old = find(List.of(messageId)).get(messageId);
            return old != null && setReactions(old, count) ? 1 : 0;
        });
    }

    /** Deletes the messages there are of {@code messageIds}; the number deleted. */
    int deleteAll(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return atomically(() -> {
            List<String> ids = List.copyOf(new LinkedHashSet<>(messageIds));
            RollupDelta delta = new RollupDelta();
            int deleted = 0;
            for (int from = 0; from < ids.size(); from += CHUNK) {
                Map<String, MessageStat> old = find(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                if (old.isEmpty()) {
                    continue;
                }
                old.values().forEach(delta::remove);
                try (KeptStatements.Use use = KeptStatements.use(handle, "DELETE FROM message_stats WHERE message_id IN ("
                        + placeholders(old.size()) + ")")) {
                    int p = 1;
                    for (String id : old.keySet()) {
                        use.statement().setString(p++, id);
                    }
                    deleted += use.statement().executeUpdate();
                    use.succeeded();
                }
            }
            if (deleted > 0) {
                RollupWriter.apply(handle, delta);
            }
            return deleted;
        });
    }

    /** True when the row changed. */
    private boolean setReactions(MessageStat old, int count) throws SQLException {
        if (old.reactCount() == count) {
            return false;
        }
        try (KeptStatements.Use use = KeptStatements.use(handle, UPDATE_REACTIONS)) {
            use.statement().setInt(1, count);
            use.statement().setString(2, old.messageId());
            use.statement().executeUpdate();
            use.succeeded();
        }
        RollupDelta delta = new RollupDelta();
        delta.changeReactions(old, (long) count - old.reactCount());
        RollupWriter.apply(handle, delta);
        return true;
    }

    /** The rows of those of {@code ids} that are recorded, by id (in no particular order). */
    private Map<String, MessageStat> find(List<String> ids) throws SQLException {
        Map<String, MessageStat> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (KeptStatements.Use use = KeptStatements.use(handle, "SELECT " + MessageStatsDao.COLUMNS
                    + " FROM message_stats WHERE message_id IN (" + placeholders(chunk.size()) + ")")) {
                PreparedStatement select = use.statement();
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        MessageStat row = new MessageStat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                                rs.getString(11), rs.getString(12));
                        rows.put(row.messageId(), row);
                    }
                }
                use.succeeded();
            }
        }
        return rows;
    }

    private void writeRows(Collection<MessageStat> rows) throws SQLException {
        try (KeptStatements.Use use = KeptStatements.use(handle, UPSERT)) {
            PreparedStatement upsert = use.statement();
            for (MessageStat m : rows) {
                upsert.setString(1, m.messageId());
                upsert.setString(2, m.guildId());
                upsert.setString(3, m.channelId());
                upsert.setString(4, m.channelCategory());
                upsert.setString(5, m.authorId());
                upsert.setString(6, m.recipientId());
                upsert.setLong(7, m.sentAt());
                upsert.setInt(8, m.wordCount());
                upsert.setInt(9, m.charCount());
                upsert.setInt(10, m.reactCount());
                upsert.setString(11, m.codeStats());
                upsert.setString(12, m.linkStats());
                upsert.addBatch();
            }
            upsert.executeBatch();
            use.succeeded();
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A part of a write, in SQL. */
    @FunctionalInterface
    private interface Work<R> {
        R run() throws SQLException;
    }

    /** Runs {@code work} inside a savepoint: it is undone entirely if it fails. */
    private <R> R atomically(Work<R> work) {
        try {
            run(SAVEPOINT);
            R result;
            try {
                result = work.run();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    run(ROLLBACK);
                    run(RELEASE);
                } catch (SQLException | RuntimeException undo) {
                    e.addSuppressed(undo);
                }
                throw e;
            }
            run(RELEASE);
            return result;
        } catch (SQLException e) {
            throw new StoreException("Gavel could not write message rows to the store (" + e.getMessage() + ").", e);
        }
    }

    private void run(String sql) throws SQLException {
        try (KeptStatements.Use use = KeptStatements.use(handle, sql)) {
            use.statement().execute();
            use.succeeded();
        }
    }
}
